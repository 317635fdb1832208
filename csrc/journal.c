/*
 * The undo journal behind snapshot and restore.
 *
 * While a snapshot is active every state write records (address, old value).  Restore
 * replays the records backwards, so it costs what changed since the snapshot, not what the
 * machine holds: a fuzzing input of 16 calls is undone in a few hundred stores.  Blobs
 * cover the rare bulk writes (initialising a new domain's p2m slice).
 */
#include <stdlib.h>
#include <string.h>

#include "engine.h"

/* Growing the journal is the one allocation that can happen mid-call.  If it fails the
 * snapshot can no longer be honoured; we abort rather than silently lose the ability to
 * restore, since a wrong restore would make every later fuzzing verdict meaningless. */
static void *grow(void *buf, size_t *cap, size_t need, size_t item)
{
    size_t ncap = *cap ? *cap : 1024;
    while (ncap < need)
        ncap *= 2;
    void *nbuf = realloc(buf, ncap * item);
    if (!nbuf)
        abort();
    *cap = ncap;
    return nbuf;
}

void ht_journal_push(ht_machine *m, void *addr, uint64_t old, uint32_t size)
{
    struct ht_journal *j = &m->journal;
    if (j->len == j->cap)
        j->ent = grow(j->ent, &j->cap, j->len + 1, sizeof *j->ent);
    j->ent[j->len++] = (struct ht_jent){.addr = addr, .old = old, .size = size};
}

void ht_journal_blob(ht_machine *m, void *addr, size_t len)
{
    struct ht_journal *j = &m->journal;
    if (!j->on || len == 0)
        return;
    if (j->blob_len + len > j->blob_cap)
        j->blob = grow(j->blob, &j->blob_cap, j->blob_len + len, 1);
    memcpy(j->blob + j->blob_len, addr, len);
    ht_journal_push(m, addr, j->blob_len, 0);
    j->ent[j->len - 1].blob_len = (uint32_t)len;
    j->blob_len += len;
}

void ht_snapshot(ht_machine *m)
{
    m->journal.on = true;
    m->journal.len = 0;
    m->journal.blob_len = 0;
}

int ht_restore(ht_machine *m)
{
    struct ht_journal *j = &m->journal;
    if (!j->on)
        return -1;
    while (j->len > 0) {
        const struct ht_jent *e = &j->ent[--j->len];
        switch (e->size) {
        case 1: *(uint8_t *)e->addr = (uint8_t)e->old; break;
        case 2: *(uint16_t *)e->addr = (uint16_t)e->old; break;
        case 4: *(uint32_t *)e->addr = (uint32_t)e->old; break;
        case 8: *(uint64_t *)e->addr = e->old; break;
        default: memcpy(e->addr, j->blob + e->old, e->blob_len); break;
        }
    }
    j->blob_len = 0;
    /* The oracle's findings and the last result belong to the undone calls. */
    m->npending = 0;
    memset(&m->last, 0, sizeof m->last);
    return 0;
}

void ht_snapshot_end(ht_machine *m)
{
    m->journal.on = false;
    m->journal.len = 0;
    m->journal.blob_len = 0;
}

size_t ht_journal_length(const ht_machine *m)
{
    return m->journal.len;
}
