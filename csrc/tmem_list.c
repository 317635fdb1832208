/*
 * TMEMC_LIST's text report, short form (tmemc_list and its helpers in xen/common/tmem.c,
 * RELEASE-4.2.0 and 4.2.1 alike): each line is formatted into a 1024-byte buffer with
 * scnprintf and copied with its NUL to the caller's buffer, where the next line overwrites
 * the NUL, and only if it fits ("sum + n >= len" ends the part).
 *
 * The emulated host has no clock: no cycles pass, so the cycle counters keep their start
 * values (Tc 0; in the T= line, counts 0, sums 0, maxima 0, minima 0x7fffffff), as Xen's
 * END_CYC_COUNTER leaves them when no cycles elapse.
 */
#include <stdarg.h>
#include <stdio.h>

#include "tmem.h"

#define BSIZE 1024

/* scnprintf (common/vsprintf.c): the characters written, at most size - 1. */
static int scn(char *buf, int size, const char *fmt, ...)
{
    if (size <= 0)
        return 0;
    va_list ap;
    va_start(ap, fmt);
    int i = vsnprintf(buf, (size_t)size, fmt, ap);
    va_end(ap);
    if (i < 0)
        return 0;
    return i >= size ? size - 1 : i;
}

struct out {
    ht_machine *m;
    ht_list *buf;
    uint32_t len;       /* the buffer's size as the caller said it (arg1) */
    bool overflowed;
};

/* tmh_copy_to_client_buf_offset, result ignored: bytes beyond the list the caller gave
 * are a copy fault.  Bytes at or past len are written only by the planted bug
 * tmem_list_overflow: past the caller's buffer. */
static void copy_line(struct out *o, int64_t off, const char *info, int n)
{
    for (int i = 0; i <= n; i++) {
        int64_t at = off + i;
        if (at < 0)
            continue;
        if ((uint64_t)at >= o->len && !o->overflowed) {
            o->overflowed = true;
            report_violation(o->m, HT_INV_MEMORY_SAFETY, o->m->caller.domid, (uint64_t)at,
                             HT_NONE64, o->len, at + 1);
        }
        ht_list_put(o->buf, (uint64_t)at, 0, (uint8_t)info[i]);
    }
}

/* "if ( sum + n >= len )": int + int against a u32, so an unsigned comparison. */
static bool no_room(int sum, int n, uint32_t len)
{
    return (uint32_t)(sum + n) >= len;
}

static int list_global(ht_machine *m, struct out *o, int off, uint32_t len)
{
    const struct tmem_state *s = tmem_state(m);
    char info[BSIZE];
    int n = 0, sum = off;
    n += scn(info, BSIZE,
             "G=Tt:%lu,Te:%lu,Cf:%lu,Af:%lu,Pf:%lu,Ta:%lu,Lm:%lu,Et:%lu,Ea:%lu,Rt:%lu,"
             "Ra:%lu,Rx:%lu,Fp:%lu%c",
             (unsigned long)s->total_ops, (unsigned long)s->errored_ops,
             (unsigned long)s->failed_copies, (unsigned long)s->alloc_failed,
             (unsigned long)s->alloc_page_failed, (unsigned long)s->avail, 0ul,
             (unsigned long)s->evicted, (unsigned long)s->evict_attempts,
             (unsigned long)s->relinq_pgs, (unsigned long)s->relinq_attempts,
             (unsigned long)s->max_evicts_per_relinq, 0ul, '\n');
    if (no_room(sum, n, len))
        return sum;
    copy_line(o, off + sum, info, n);
    sum += n;
    return sum;
}

/* tmemc_list_shared: n is not reset between pools, so each pool's line is formatted after
 * the previous one and then overwritten from its own length on: the second and later S=
 * lines come out garbled, as Xen writes them. */
static int list_shared(ht_machine *m, struct out *o, int off, uint32_t len)
{
    const struct tmem_state *s = tmem_state(m);
    char info[BSIZE];
    int n = 0, sum = 0;
    for (int i = 0; i < TMEM_SHARED; i++) {
        uint32_t pool = s->shared[i];
        if (pool == TMEM_NONE)
            continue;
        const struct tmem_pool *p = &s->pool[pool];
        n = scn(info + n, BSIZE - n, "S=SI:%d,PT:%c%c,U0:%llx,U1:%llx", i,
                p->persistent ? 'P' : 'E', p->shared ? 'S' : 'P',
                (unsigned long long)p->uuid[0], (unsigned long long)p->uuid[1]);
        for (uint16_t k = 0; k < s->nsharers[i]; k++)
            n += scn(info + n, BSIZE - n, ",SC:%d", m->dom_pub[s->sharer[i][k]].domid);
        n += scn(info + n, BSIZE - n, "%c", '\n');
        if (no_room(sum, n, len))
            return sum;
        copy_line(o, off + sum, info, n);
        sum += n;
    }
    return sum;
}

/* tmemc_list_client: the C= line, then a P= line per pool in slot order (PI is the pool's
 * id in its owner).  4.2 writes the C= line whether or not it fits (planted bug
 * tmem_list_overflow); the engine checks it like every other line. */
static int list_client(ht_machine *m, struct out *o, uint8_t slot, int off, uint32_t len)
{
    const struct tmem_state *s = tmem_state(m);
    const struct tmem_client *c = &s->client[slot];
    int cli_id = m->dom_pub[slot].domid;
    char info[BSIZE];
    int n, sum = 0;
    n = scn(info, BSIZE, "C=CI:%d,ww:%d,ca:%d,co:%d,fr:%d,Tc:%llu,Ge:%ld,Pp:%ld,Gp:%ld%c",
            cli_id, (int)(int32_t)c->weight, (int)(int32_t)c->cap, c->compress, c->frozen,
            0ull, (long)c->succ_eph_gets, (long)c->succ_pers_puts, (long)c->succ_pers_gets,
            '\n');
    if (!ht_bug(m, HT_BUG_TMEM_LIST_OVERFLOW) && no_room(sum, n, len))
        return sum;
    copy_line(o, off + sum, info, n);
    sum += n;
    for (int i = 0; i < TMEM_POOLS; i++) {
        uint32_t pool = c->pool[i];
        if (pool == TMEM_NONE)
            continue;
        const struct tmem_pool *p = &s->pool[pool];
        n = scn(info, BSIZE, "P=CI:%d,PI:%d,PT:%c%c,U0:%llx,U1:%llx%c", cli_id, p->local_id,
                p->persistent ? 'P' : 'E', p->shared ? 'S' : 'P',
                (unsigned long long)(p->shared ? p->uuid[0] : 0),
                (unsigned long long)(p->shared ? p->uuid[1] : 0), '\n');
        if (no_room(sum, n, len))
            return sum;
        copy_line(o, off + sum, info, n);
        sum += n;
    }
    return sum;
}

/* tmemc_list_global_perf (TMEM_PERF is defined in 4.2): the cycle counters. */
static int list_perf(struct out *o, int off, uint32_t len)
{
    static const char *const tags[] = {"G", "P", "g", "p", "F", "O", "C", "c", "d"};
    char info[BSIZE];
    int n = 0, sum = 0;
    n = scn(info + n, BSIZE - n, "T=");
    for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++)
        n += scn(info + n, BSIZE - n, "%sn:%llu,%st:%llu,%sx:%d,%sm:%d,", tags[t], 0ull,
                 tags[t], 0ull, tags[t], 0, tags[t], 0x7fffffff);
    n--; /* overwrite trailing comma */
    n += scn(info + n, BSIZE - n, "\n");
    if (no_room(sum, n, len))
        return sum;
    copy_line(o, off + sum, info, n);
    sum += n;
    return sum;
}

/* tmemc_list (tmem.c): everything for CLI_ID_NULL (clients in creation order), else one
 * client; 0 whatever was written. */
int64_t tmem_list(ht_machine *m, uint64_t cli_id, ht_list *buf, uint32_t len)
{
    const struct tmem_state *s = tmem_state(m);
    struct out o = {m, buf, len, false};
    if ((uint16_t)cli_id != TMEM_CLI_NULL) {
        uint8_t slot;
        if (!tmem_client_of(m, cli_id, &slot))
            FAIL(EPERM, TMEM_CTL_NO_CLIENT);
        list_client(m, &o, slot, 0, len);
        OK(0, NONE);
    }
    int off = list_global(m, &o, 0, len);
    off += list_shared(m, &o, off, len - (uint32_t)off);
    uint64_t done = 0;
    for (;;) {
        /* global_client_list: the next client by creation order. */
        uint8_t next = HT_NO_SLOT;
        for (uint8_t slot = 0; slot < HT_MAX_DOMAINS; slot++) {
            const struct tmem_client *c = &s->client[slot];
            if (c->present && c->seq > done && (next == HT_NO_SLOT || c->seq < s->client[next].seq))
                next = slot;
        }
        if (next == HT_NO_SLOT)
            break;
        done = s->client[next].seq;
        off += list_client(m, &o, next, off, len - (uint32_t)off);
    }
    off += list_perf(&o, off, len - (uint32_t)off);
    OK(0, NONE);
}
