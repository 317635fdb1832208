/*
 * foreign.c -- a libxenctrl client of tests/realprog/test_guest_memory.py: maps one page of
 * a guest through xc_map_foreign_range and writes or reads it.
 *   foreign write DOM GFN BYTE   fill the page with BYTE (a writable mapping)
 *   foreign read DOM GFN         print the page's first byte, and "mixed" if the others differ
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#define XC_WANT_COMPAT_MAP_FOREIGN_API  /* xc_map_foreign_range, as xen-memshare uses it */
#include <xenctrl.h>

int main(int argc, char **argv)
{
    if (argc < 4 || (strcmp(argv[1], "write") == 0 && argc < 5)) {
        fprintf(stderr, "usage: foreign write DOM GFN BYTE | read DOM GFN\n");
        return 2;
    }
    int writing = strcmp(argv[1], "write") == 0;
    uint32_t dom = strtoul(argv[2], NULL, 0);
    unsigned long gfn = strtoul(argv[3], NULL, 0);
    xc_interface *xch = xc_interface_open(NULL, NULL, 0);
    if (!xch) {
        perror("xc_interface_open");
        return 2;
    }
    int prot = writing ? PROT_READ | PROT_WRITE : PROT_READ;
    unsigned char *page = xc_map_foreign_range(xch, dom, XC_PAGE_SIZE, prot, gfn);
    if (!page) {
        perror("xc_map_foreign_range");
        return 1;
    }
    if (writing) {
        memset(page, (int)strtoul(argv[4], NULL, 0), XC_PAGE_SIZE);
    } else {
        int mixed = 0;
        for (size_t i = 1; i < XC_PAGE_SIZE; i++)
            mixed |= page[i] != page[0];
        printf("%02x%s\n", page[0], mixed ? " mixed" : "");
    }
    munmap(page, XC_PAGE_SIZE);
    xc_interface_close(xch);
    return 0;
}
