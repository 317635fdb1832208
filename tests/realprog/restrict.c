/*
 * restrict.c -- a libxenctrl client of tests/realprog/test_restrict.py: reads domain 1's
 * record, restricts every handle to domain 1 (xentoolcore_restrict_all), then tries a
 * hypercall and foreign maps of domains 1 and 2, printing what each gave.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#define XC_WANT_COMPAT_MAP_FOREIGN_API  /* xc_map_foreign_range */
#include <xenctrl.h>
#include <xentoolcore.h>

static void map(xc_interface *xch, uint32_t dom)
{
    void *page = xc_map_foreign_range(xch, dom, XC_PAGE_SIZE, PROT_READ, 0x10);
    printf("map dom%u: %s\n", dom, page ? "ok" : strerror(errno));
    if (page)
        munmap(page, XC_PAGE_SIZE);
}

int main(void)
{
    xc_interface *xch = xc_interface_open(NULL, NULL, 0);
    xc_dominfo_t info;
    if (!xch)
        return 2;
    printf("getinfo: %d\n", xc_domain_getinfo(xch, 1, 1, &info));
    printf("restrict: %d\n", xentoolcore_restrict_all(1));
    int rc = xc_domain_getinfo(xch, 1, 1, &info);
    printf("getinfo: %d %s\n", rc, rc < 0 ? strerror(errno) : "");
    map(xch, 1);
    map(xch, 2);
    return 0;
}
