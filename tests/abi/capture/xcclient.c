/*
 * A small client of the real libxenctrl for tests/abi/test_golden.py: the domain and host
 * queries the 4.17 tools make, each result printed as libxenctrl parsed it from the bytes
 * the hypervisor (here: the capture double, and then haptrace's ABI layer) wrote back.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <xenctrl.h>

static void show_info(const char *what, int rc, const xc_dominfo_t *d)
{
    if (rc < 1) {
        printf("%s rc=%d\n", what, rc);
        return;
    }
    printf("%s domid=%u hvm=%u paused=%u dying=%u shutdown=%u nr_pages=%lu max_memkb=%lu"
           " shared=%lu paged=%lu vcpus=%u max_vcpu_id=%u\n",
           what, d->domid, d->hvm, d->paused, d->dying, d->shutdown, d->nr_pages, d->max_memkb,
           d->nr_shared_pages, d->nr_paged_pages, d->nr_online_vcpus, d->max_vcpu_id);
}

int main(void)
{
    xc_interface *xch = xc_interface_open(NULL, NULL, 0);
    if (!xch)
        return 2;
    xc_dominfo_t d;
    show_info("getinfo", xc_domain_getinfo(xch, 1, 1, &d), &d);

    xc_domaininfo_t list[4];
    memset(list, 0, sizeof list);
    int n = xc_domain_getinfolist(xch, 0, 4, list);
    printf("getinfolist n=%d", n);
    for (int i = 0; i < n; i++)
        printf(" [%u tot=%" PRIu64 " flags=%#x]", list[i].domain, (uint64_t)list[i].tot_pages,
               list[i].flags);
    printf("\n");

    xc_physinfo_t pi;
    memset(&pi, 0, sizeof pi);
    int rc = xc_physinfo(xch, &pi);
    printf("physinfo rc=%d total=%" PRIu64 " free=%" PRIu64 " caps=%#x\n", rc,
           (uint64_t)pi.total_pages, (uint64_t)pi.free_pages, pi.capabilities);

    uint64_t value = 0;
    rc = xc_hvm_param_get(xch, 1, HVM_PARAM_MONITOR_RING_PFN, &value);
    printf("hvm_param_get rc=%d value=%#" PRIx64 "\n", rc, value);

    xen_pfn_t gpfn = 0;
    rc = xc_domain_maximum_gpfn(xch, 1, &gpfn);
    printf("maximum_gpfn rc=%d gpfn=%#lx\n", rc, (unsigned long)gpfn);

    printf("pause rc=%d\n", xc_domain_pause(xch, 1));
    show_info("paused", xc_domain_getinfo(xch, 1, 1, &d), &d);
    printf("unpause rc=%d\n", xc_domain_unpause(xch, 1));
    printf("setmaxmem rc=%d\n", xc_domain_setmaxmem(xch, 1, 20000));

    struct xen_domctl_createdomain create = {
        .flags = XEN_DOMCTL_CDF_hvm | XEN_DOMCTL_CDF_hap,
        .max_vcpus = 1,
        .max_grant_frames = 4,
        .grant_opts = XEN_DOMCTL_GRANT_version(1),
        .arch = {.emulation_flags = XEN_X86_EMU_LAPIC},
    };
    uint32_t domid = 0;
    rc = xc_domain_create(xch, &domid, &create);
    printf("create rc=%d domid=%u\n", rc, domid);
    show_info("created", xc_domain_getinfo(xch, domid, 1, &d), &d);
    printf("destroy rc=%d\n", xc_domain_destroy(xch, domid));

    printf("version=%#x\n", xc_version(xch, XENVER_version, NULL));
    xc_interface_close(xch);
    return 0;
}
