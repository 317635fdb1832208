/*
 * gntdev.c -- a libxengnttab / libxenforeignmemory client of tests/realprog/test_gntdev.py:
 * grant entries as the bytes of a domain's grant table, and grants mapped through gntdev.
 *   gntdev entry DOM GREF                      map the table frame holding v1 entry GREF,
 *                                              print its flags, domid and frame
 *   gntdev grant DOM GREF FRAME GRANTEE FLAGS  write v1 entry GREF through that mapping
 *   gntdev map DOM GREF BYTE                   map the grant writable, fill the page's
 *                                              first byte with BYTE, unmap
 * A failure prints the library's errno and exits 1.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <xenforeignmemory.h>
#include <xengnttab.h>

#define GRANT_TABLE 1  /* XENMEM_resource_grant_table */
#define PER_FRAME 512  /* v1 entries in a frame */

struct entry_v1 {      /* grant_entry_v1_t (public/grant_table.h) */
    uint16_t flags;
    uint16_t domid;
    uint32_t frame;
};

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: gntdev entry|grant|map DOM GREF ...\n");
        return 2;
    }
    uint32_t dom = strtoul(argv[2], NULL, 0), gref = strtoul(argv[3], NULL, 0);
    if (strcmp(argv[1], "map") == 0) {
        if (argc < 5)
            return 2;
        xengnttab_handle *gh = xengnttab_open(NULL, 0);
        if (!gh) {
            perror("xengnttab_open");
            return 2;
        }
        unsigned char *page = xengnttab_map_grant_ref(gh, dom, gref, PROT_READ | PROT_WRITE);
        if (!page) {
            printf("map: %s\n", strerror(errno));
            return 1;
        }
        page[0] = (unsigned char)strtoul(argv[4], NULL, 0);
        if (xengnttab_unmap(gh, page, 1)) {
            printf("unmap: %s\n", strerror(errno));
            return 1;
        }
        printf("mapped\n");
        xengnttab_close(gh);
        return 0;
    }
    xenforeignmemory_handle *fh = xenforeignmemory_open(NULL, 0);
    if (!fh) {
        perror("xenforeignmemory_open");
        return 2;
    }
    int writing = strcmp(argv[1], "grant") == 0;
    if (writing && argc < 7)
        return 2;
    struct entry_v1 *table = NULL;
    xenforeignmemory_resource_handle *res = xenforeignmemory_map_resource(
        fh, dom, GRANT_TABLE, 0, gref / PER_FRAME, 1, (void **)&table,
        writing ? PROT_READ | PROT_WRITE : PROT_READ, 0);
    if (!res) {
        printf("map resource: %s\n", strerror(errno));
        return 1;
    }
    struct entry_v1 *e = &table[gref % PER_FRAME];
    if (writing) {
        e->frame = strtoul(argv[4], NULL, 0);
        e->domid = strtoul(argv[5], NULL, 0);
        e->flags = strtoul(argv[6], NULL, 0);
    } else {
        printf("flags %#x domid %u frame %#x\n", e->flags, e->domid, e->frame);
    }
    xenforeignmemory_unmap_resource(fh, res);
    xenforeignmemory_close(fh);
    return 0;
}
