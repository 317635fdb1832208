/*
 * Making and freeing a machine, the state views Python maps as numpy arrays, the state
 * digest, and the name tables.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "gen/ht_abi.h"

static int config_error(char *err, size_t errlen, const char *msg)
{
    if (err && errlen)
        snprintf(err, errlen, "%s", msg);
    return -1;
}

static int check_config(const ht_host_config *c, char *err, size_t errlen)
{
    if (c->arch >= HT_ARCH_COUNT)
        return config_error(err, errlen, "arch must be x86_64 (0) or x86_32 (1)");
    if (c->vendor >= HT_VENDOR_COUNT)
        return config_error(err, errlen, "vendor must be intel (0), amd (1) or none (2)");
    if (c->profile >= HT_NPROFILES)
        return config_error(err, errlen, "profile must be doc (0), xen-4.2 (1) or xen-4.17 (2)");
    if (c->total_frames == 0 || c->total_frames > 0x7fffffffu)
        return config_error(err, errlen, "total_frames must be between 1 and 2^31-1");
    if (c->gfn_capacity > HT_GFN_CAPACITY_MAX)
        return config_error(err, errlen, "gfn_capacity must be below 2^31");
    if (c->share_capacity > c->total_frames)
        return config_error(err, errlen, "share_capacity cannot exceed total_frames");
    if (c->xenheap_units > (1ull << 40))
        return config_error(err, errlen, "xenheap_units is unreasonably large");
    for (uint32_t i = 0; i < HT_MAX_HOST_OPTIONS; i++) {
        uint32_t bits = ht_host_option_bits[i];  /* 0 past the declared options */
        if (bits < 64 && (c->option[i] >> bits) != 0)
            return config_error(err, errlen, "a host option is out of range (or not declared)");
    }
    return 0;
}

/* Where a machine's memory comes from: the C heap (carve NULL), or one region carved front
 * to back, fresh and zeroed (a machine shared with the processes of `haptrace run`,
 * shared.c: every pointer the machine holds must lie in the region every process maps).
 * Mirrors no Xen function: how the model's memory is laid out is the engine's own. */
static void *machine_alloc(struct ht_carve *carve, size_t n, size_t size)
{
    if (!carve)
        return calloc(n, size);
    if (size && n > SIZE_MAX / size)
        return NULL;
    size_t bytes = n * size, at = carve->used;
    if (bytes > SIZE_MAX - 63)
        return NULL;
    bytes = (bytes + 63) & ~(size_t)63;  /* each array on its own cache lines */
    if (bytes > carve->size - at)
        return NULL;
    carve->used = at + bytes;
    return carve->base + at;
}

/* The pieces ht_machine_build carves (machine, frames, p2m, shares, four scratch arrays,
 * the ABI pool, one per family) and the padding each may take. */
uint64_t ht_carve_bytes(const ht_host_config *config)
{
    if (!config)
        return 0;
    return ht_config_bytes(config) + HT_ABI_POOL_WORDS * sizeof(uint64_t) +
           (9 + HT_NFAMILIES) * 64;
}

ht_machine *ht_machine_new(const ht_host_config *config, char *err, size_t errlen)
{
    return ht_machine_build(config, NULL, err, errlen);
}

ht_machine *ht_machine_build(const ht_host_config *config, struct ht_carve *carve, char *err,
                             size_t errlen)
{
    if (!config) {
        config_error(err, errlen, "no configuration given");
        return NULL;
    }
    if (check_config(config, err, errlen))
        return NULL;
    ht_machine *m = machine_alloc(carve, 1, sizeof *m);
    if (!m) {
        config_error(err, errlen, "out of memory for the machine");
        return NULL;
    }
    m->carved = carve != NULL;
    m->config = *config;
    m->profile = config->profile;
    m->frame = machine_alloc(carve, config->total_frames, sizeof *m->frame);
    m->p2m = machine_alloc(carve, config->gfn_capacity ? config->gfn_capacity : 1, sizeof *m->p2m);
    m->share = machine_alloc(carve, config->share_capacity ? config->share_capacity : 1,
                             sizeof *m->share);
    m->scratch_tuples = machine_alloc(carve, config->gfn_capacity / 64 + 1,
                                      sizeof *m->scratch_tuples);
    m->scratch_frames = machine_alloc(carve, config->total_frames / 64 + 1,
                                      sizeof *m->scratch_frames);
    m->scratch_handles = machine_alloc(carve, config->share_capacity + 1,
                                       sizeof *m->scratch_handles);
    m->scratch_shared = machine_alloc(carve, config->share_capacity + 1,
                                      sizeof *m->scratch_shared);
    /* A carved machine's ABI pool is carved now: abi.c allocates it on first use, which in
     * another process would put it in that process's own heap. */
    bool pool_ok = !carve || (m->abi_pool = machine_alloc(carve, HT_ABI_POOL_WORDS,
                                                          sizeof *m->abi_pool));
    bool families_ok = true;
    for (uint32_t f = 0; f < HT_NFAMILIES; f++) {
        size_t bytes = ht_families[f]->state_bytes ? ht_families[f]->state_bytes(config) : 0;
        if (bytes && !(m->family_state[f] = machine_alloc(carve, 1, bytes)))
            families_ok = false;
    }
    if (!m->frame || !m->p2m || !m->share || !m->scratch_tuples || !m->scratch_frames ||
        !m->scratch_handles || !m->scratch_shared || !pool_ok || !families_ok) {
        ht_machine_free(m);
        config_error(err, errlen, "out of memory for the host's frames or p2m arena");
        return NULL;
    }
    memset(m->slot_of, HT_NO_SLOT, sizeof m->slot_of);
    for (uint32_t s = 0; s < HT_MAX_DOMAINS; s++) {
        m->dom[s].target = HT_NO_SLOT;  /* no domain is a device model yet */
        for (uint32_t v = 0; v < HT_MAX_VCPUS; v++)
            m->dom[s].vmtrace_mfn[v] = HT_MFN_INVALID;
    }
    /* Frames are handed out lowest first, so fresh machines are laid out predictably. */
    for (uint32_t i = 0; i < config->total_frames; i++) {
        m->frame[i] = (ht_frame){.m2p = HT_M2P_INVALID, .owner = HT_OWNER_FREE,
                                 .link = i + 1 < config->total_frames ? i + 1 : HT_MFN_INVALID};
    }
    m->free_head = 0;
    for (uint32_t i = 0; i < config->share_capacity; i++)
        m->share[i].rmap_head = i + 1 < config->share_capacity ? i + 1 : HT_GIDX_NONE;
    m->share_free_head = config->share_capacity ? 0 : HT_GIDX_NONE;
    m->host = (ht_host_pub){
        .last_handle = 1,  /* the counter starts at 1; the first handle issued is 2 */
        .free_frames = (int64_t)config->total_frames,
        .xenheap_free = (int64_t)config->xenheap_units,
        .share_free = (int64_t)config->share_capacity,
        .total_frames = config->total_frames,
    };
    /* Domain 0: the paravirtualised control domain the toolstack runs in.  It owns no
     * memory in the model; calls naming it exercise the "target is the caller" checks. */
    m->dom_pub[0] = (ht_domain_pub){.domid = 0, .in_use = 1, .flags = HT_DF_PV};
    /* Host option pvh_dom0 (xen-4.17 only; 4.2 has no PVH): a hardware domain built by
     * dom0_construct_pvh (arch/x86/hvm/dom0_build.c, RELEASE-4.17.0) is an HVM domain on
     * HAP, so is_hvm_domain(hardware_domain) holds and its hypercalls go through
     * hvm_hypercall (arch/x86/hvm/hypercall.c). */
    if (m->profile == HT_PROFILE_XEN_4_17 && config->option[HT_OPT_PVH_DOM0])
        m->dom_pub[0].flags = HT_DF_HAP;
    m->dom[0].privilege = HT_PRIVILEGE_FULL;
    m->dom[0].nvcpus = 1;
    m->dom[0].default_access = HT_ACCESS_RWX;
    m->slot_of[0] = 0;
    /* Calls are made by the control domain's vcpu 0 until told otherwise. */
    m->caller = (struct ht_caller){.domid = 0, .slot = 0, .vcpu = 0};
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->heap_alloc)
            m->heap_hook[m->heap_hooks++] = (uint8_t)f;
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->init)
            ht_families[f]->init(m, m->family_state[f]);
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->domain_init)
            ht_families[f]->domain_init(m, 0);
    return m;
}

void ht_machine_free(ht_machine *m)
{
    if (!m)
        return;
    if (m->carved) {
        /* The region is its owner's to unmap; only the journal lives on the heap. */
        free(m->journal.ent);
        free(m->journal.blob);
        m->journal = (struct ht_journal){0};
        return;
    }
    free(m->frame);
    free(m->p2m);
    free(m->share);
    free(m->scratch_tuples);
    free(m->scratch_frames);
    free(m->scratch_handles);
    free(m->scratch_shared);
    free(m->abi_pool);
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        free(m->family_state[f]);
    free(m->journal.ent);
    free(m->journal.blob);
    free(m);
}

const char *ht_catalogue_revision(void)
{
    return HT_CATALOGUE_REVISION;
}

int ht_limit(const char *name, int64_t *value)
{
    for (uint32_t i = 0; i < ht_nshared_numbers; i++) {
        if (strcmp(ht_shared_numbers[i].name, name) == 0) {
            *value = ht_shared_numbers[i].value;
            return 0;
        }
    }
    return -1;
}

/* ---- views -------------------------------------------------------------------------- */

ht_p2m_entry *ht_p2m_arena(ht_machine *m) { return m->p2m; }
ht_frame *ht_frames(ht_machine *m) { return m->frame; }
ht_domain_pub *ht_domains(ht_machine *m) { return m->dom_pub; }
ht_host_pub *ht_host(ht_machine *m) { return &m->host; }
uint32_t ht_profile(const ht_machine *m) { return m->profile; }

int ht_domain_slot(const ht_machine *m, uint32_t domid)
{
    uint8_t slot = ht_slot(m, domid);
    return slot == HT_NO_SLOT ? -1 : slot;
}

int ht_set_bugs(ht_machine *m, uint64_t mask)
{
    if (HT_NBUGS < 64 && (mask >> HT_NBUGS) != 0)
        return -1;
    m->bugs = mask;
    return 0;
}

uint64_t ht_bugs(const ht_machine *m) { return m->bugs; }

/* ---- digest ------------------------------------------------------------------------- */

uint64_t ht_fnv(uint64_t h, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

uint64_t ht_state_digest(const ht_machine *m)
{
    uint64_t h = 0xcbf29ce484222325ull;
    h = ht_fnv(h, &m->host, sizeof m->host);
    h = ht_fnv(h, &m->cow_frames, sizeof m->cow_frames);
    h = ht_fnv(h, m->dom_pub, sizeof m->dom_pub);
    h = ht_fnv(h, m->dom, sizeof m->dom);
    h = ht_fnv(h, m->slot_of, sizeof m->slot_of);
    h = ht_fnv(h, m->frame, m->config.total_frames * sizeof *m->frame);
    h = ht_fnv(h, m->p2m, m->host.gfn_used * sizeof *m->p2m);
    h = ht_fnv(h, m->share, m->config.share_capacity * sizeof *m->share);
    h = ht_fnv(h, m->map, sizeof m->map);
    h = ht_fnv(h, m->device, sizeof m->device);
    h = ht_fnv(h, &m->dead_tuples, sizeof m->dead_tuples);
    h = ht_fnv(h, m->dead, sizeof m->dead);
    h = ht_fnv(h, &m->ndead, sizeof m->ndead);
    h = ht_fnv(h, m->fault_countdown, sizeof m->fault_countdown);
    h = ht_fnv(h, &m->free_head, sizeof m->free_head);
    h = ht_fnv(h, &m->share_free_head, sizeof m->share_free_head);
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->digest)
            h = ht_families[f]->digest(m, h);
    return h;
}

/* What ht_machine_new would allocate for `config`, computed without allocating, so that a
 * caller can refuse a machine an untrusted trace header sized before any memory is taken
 * (haptrace.binding.config.check_memory).  Mirrors no Xen function: Xen's memory is
 * given by the hardware, the model's is sized by the configuration. */
uint64_t ht_config_bytes(const ht_host_config *config)
{
    if (!config)
        return 0;
    uint64_t families = 0;
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->state_bytes)
            families += ht_families[f]->state_bytes(config);
    uint64_t gfns = config->gfn_capacity ? config->gfn_capacity : 1;
    uint64_t shares = config->share_capacity ? config->share_capacity : 1;
    /* The same arrays, of the same lengths, as ht_machine_new's callocs. */
    return sizeof(ht_machine) + config->total_frames * sizeof(ht_frame) +
           gfns * sizeof(ht_p2m_entry) + shares * sizeof(struct ht_share) +
           (config->gfn_capacity / 64 + 1) * sizeof(uint64_t) +
           (config->total_frames / 64 + 1) * sizeof(uint64_t) +
           (config->share_capacity + 1) * (sizeof(uint64_t) + sizeof(uint32_t)) + families;
}

uint64_t ht_state_bytes(const ht_machine *m)
{
    uint64_t families = 0;
    for (uint32_t f = 0; f < HT_NFAMILIES; f++)
        if (ht_families[f]->state_bytes)
            families += ht_families[f]->state_bytes(&m->config);
    return sizeof *m + m->config.total_frames * sizeof *m->frame +
           m->config.gfn_capacity * sizeof *m->p2m +
           m->config.share_capacity * sizeof *m->share + families;
}

/* ---- name tables -------------------------------------------------------------------- */

const char *ht_reason_text(uint32_t i) { return i < HT_NREASONS ? ht_reason_texts[i] : NULL; }
const char *ht_invariant_name(uint32_t i)
{
    return i < HT_NINVARIANTS ? ht_invariant_names[i] : NULL;
}
const char *ht_invariant_text(uint32_t i)
{
    return i < HT_NINVARIANTS ? ht_invariant_texts[i] : NULL;
}
const char *ht_bug_name(uint32_t i) { return i < HT_NBUGS ? ht_bug_names[i] : NULL; }
const char *ht_bug_source(uint32_t i) { return i < HT_NBUGS ? ht_bug_sources[i] : NULL; }
const char *ht_bug_text(uint32_t i) { return i < HT_NBUGS ? ht_bug_texts[i] : NULL; }

/* The engine core owns no state beyond the machine itself. */
const struct ht_family_ops ht_family_core = {0};
