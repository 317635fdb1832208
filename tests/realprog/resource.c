/*
 * resource.c -- a libxenforeignmemory client of tests/realprog/test_mmap_resource.py: the
 * grant-table resource of a domain through IOCTL_PRIVCMD_MMAP_RESOURCE.
 *   resource size DOM ID              print the resource's size in frames
 *   resource write DOM FRAME BYTE     map shared frame FRAME writable, fill it with BYTE
 *   resource read DOM FRAME           map shared frame FRAME, print its first byte
 * A failure prints the library's errno and exits 1.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <xenforeignmemory.h>

#define GRANT_TABLE 1  /* XENMEM_resource_grant_table */
#define PAGE 4096

int main(int argc, char **argv)
{
    if (argc < 4 || (strcmp(argv[1], "write") == 0 && argc < 5)) {
        fprintf(stderr, "usage: resource size DOM ID | write DOM FRAME BYTE | read DOM FRAME\n");
        return 2;
    }
    uint32_t dom = strtoul(argv[2], NULL, 0);
    unsigned long n = strtoul(argv[3], NULL, 0);
    xenforeignmemory_handle *fh = xenforeignmemory_open(NULL, 0);
    if (!fh) {
        perror("xenforeignmemory_open");
        return 2;
    }
    if (strcmp(argv[1], "size") == 0) {
        size_t size;
        if (xenforeignmemory_resource_size(fh, dom, GRANT_TABLE, n, &size)) {
            printf("size: %s\n", strerror(errno));
            return 1;
        }
        printf("%zu frames\n", size / PAGE);
        return 0;
    }
    int writing = strcmp(argv[1], "write") == 0;
    unsigned char *addr = NULL;
    xenforeignmemory_resource_handle *res = xenforeignmemory_map_resource(
        fh, dom, GRANT_TABLE, 0, n, 1, (void **)&addr,
        writing ? PROT_READ | PROT_WRITE : PROT_READ, 0);
    if (!res) {
        printf("map: %s\n", strerror(errno));
        return 1;
    }
    if (writing)
        memset(addr, (int)strtoul(argv[4], NULL, 0), PAGE);
    else
        printf("%02x\n", addr[0]);
    if (xenforeignmemory_unmap_resource(fh, res)) {
        printf("unmap: %s\n", strerror(errno));
        return 1;
    }
    xenforeignmemory_close(fh);
    return 0;
}
