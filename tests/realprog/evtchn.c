/*
 * evtchn.c -- a libxenevtchn client of tests/realprog/test_evtchn_device.py, one step per line:
 *   1. xc_evtchn_alloc_unbound(1, 0): a port of domain 1 accepting dom0;
 *   2. bind_interdomain to it: dom0's local port, which Xen sets pending, so the fd polls
 *      readable and xenevtchn_pending reads that port; it is unmasked;
 *   3. a notify of the bound port succeeds, of a port not bound here fails (ENOTCONN);
 *   4. a loopback pair through the fd (bind_unbound_port(0), bind_interdomain to it): the
 *      new port is pending; a notify on it makes its peer pending, delivered in turn;
 *   5. nothing more is pending (poll times out); unbind, then close.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <xenctrl.h>
#include <xenevtchn.h>

static int readable(xenevtchn_handle *xce, int ms)
{
    struct pollfd p = { .fd = xenevtchn_fd(xce), .events = POLLIN };
    return poll(&p, 1, ms);
}

static void take(xenevtchn_handle *xce, const char *what)
{
    int r = readable(xce, 2000);
    xenevtchn_port_or_error_t port = r == 1 ? xenevtchn_pending(xce) : -1;
    printf("%s: poll %d, pending %d, unmask %d\n", what, r, port,
           port >= 0 ? xenevtchn_unmask(xce, port) : -1);
}

int main(void)
{
    xc_interface *xch = xc_interface_open(NULL, NULL, 0);
    xenevtchn_handle *xce = xenevtchn_open(NULL, 0);
    if (!xch || !xce) {
        perror("open");
        return 2;
    }
    int remote = xc_evtchn_alloc_unbound(xch, 1, 0);
    int local = xenevtchn_bind_interdomain(xce, 1, remote);
    printf("domain 1 port %d, bound to dom0 port %d\n", remote, local);
    take(xce, "bind");
    printf("notify %d: %d\n", local, xenevtchn_notify(xce, local));
    int rc = xenevtchn_notify(xce, local + 10);
    printf("notify %d: %d %s\n", local + 10, rc, rc ? strerror(errno) : "");
    int a = xenevtchn_bind_unbound_port(xce, 0);
    int b = xenevtchn_bind_interdomain(xce, 0, a);
    printf("loopback %d <-> %d\n", a, b);
    take(xce, "loopback bind");
    printf("notify %d: %d\n", b, xenevtchn_notify(xce, b));
    take(xce, "loopback notify");
    printf("idle: poll %d\n", readable(xce, 100));
    printf("unbind %d: %d\n", local, xenevtchn_unbind(xce, local));
    rc = xenevtchn_unbind(xce, local);
    printf("unbind %d again: %d %s\n", local, rc, rc ? strerror(errno) : "");
    xenevtchn_close(xce);
    xc_interface_close(xch);
    return 0;
}
