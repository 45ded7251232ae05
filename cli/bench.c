/* bench.c - `sift bench`: load generator for a running siftd (see main). */
#include <stdio.h>
int sift_bench_main(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "sift bench: not yet\n");
    return 2;
}
