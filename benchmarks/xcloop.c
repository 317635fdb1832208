/*
 * xcloop.c -- the libxenctrl client loop of benchmarks/bench_real_programs.py: N calls of
 * xc_memshr_debug_gfn (one multicall(memory_op) hypercall each, with two hypercall buffers),
 * timed in the process, printing "<calls> <seconds>".  Built against Debian's libxen-dev.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <xenctrl.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 0) : 10000;
    xc_interface *xch = xc_interface_open(NULL, NULL, 0);
    if (!xch) {
        perror("xc_interface_open");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < n; i++)
        (void)xc_memshr_debug_gfn(xch, 1, 0x10);  /* its result does not matter here */
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%ld %.9f\n", n, (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    xc_interface_close(xch);
    return 0;
}
