/*
 * The seed's PV-only hypercalls, vm_assist, nmi_op, console_io and raw hypercall numbers,
 * at RELEASE-4.2.0.
 *
 * A guest of an HVM domain meets the HVM hypercall table first (hvm_table.c): -ENOSYS for
 * everything here but physdev_op's irq_status_query.  From a PV domain, the calls that
 * change the PV guest's own MMU or CPU state (x86_64/entry.S: hypercall_table; mm.c,
 * traps.c, x86_64/mm.c, physdev.c) are answered unsupported: the engine keeps no page
 * tables, descriptor tables, trap tables, segment bases or debug registers, and does not
 * guess what Xen would return from them.  vm_assist (common/domain.c: vm_assist) and
 * nmi_op (common/kernel.c: do_nmi_op; traps.c: register_guest_nmi_callback) are
 * modelled; so is dom0's console (drivers/char/console.c: do_console_io, serial_rx).
 *
 * xen-4.17 opens console_io, vm_assist and mmuext_op to an HVM guest (hvm64 column of
 * xen/include/hypercall-defs.c, RELEASE-4.17.0): vm_assist's valid types and mmuext_op's
 * prologue for an HVM caller are modelled here, console_io's XSM check is the dom0 gate.
 */
#include "engine.h"

#define MAX_VMASST_TYPE 3            /* public/xen.h at 4.2 */
#define BITS_PER_LONG 64
#define MMU_UPDATE_PREEMPTED 0x80000000u   /* public/xen.h: (~(~0U>>1)) */
#define DOMID_IO 0x7ff1                    /* public/xen.h */
#define DOMID_XEN 0x7ff2
#define SERIAL_RX_SIZE 128           /* console.c */
#define CONSOLE_LOG_SIZE 4096        /* the engine's console log: the newest bytes kept */
#define CONSOLE_CHUNK 127            /* guest_console_write: sizeof(kbuf) - 1 */
#define SWITCH_CODE 0x01             /* CTRL-A: opt_conswitch "a" (switch_code) */

_Static_assert((SERIAL_RX_SIZE & (SERIAL_RX_SIZE - 1)) == 0, "SERIAL_RX_MASK needs 2^n");

struct pvonly_state {
    uint64_t vm_assist[HT_MAX_DOMAINS];   /* d->vm_assist bits (an unsigned long) */
    uint32_t rx_prod, rx_cons;            /* serial_rx_prod / serial_rx_cons */
    uint8_t rx[SERIAL_RX_SIZE];           /* serial_rx_ring: dom0's console input */
    uint8_t xen_rx;                       /* input goes to Xen's key handlers */
    uint8_t switch_count;                 /* CTRL-As seen in a row (serial_rx) */
    uint16_t pad;
    uint32_t log_head, log_len;           /* the console log ring: oldest byte, bytes */
    uint64_t log_lost;                    /* bytes the log overwrote before anyone read */
    uint8_t log[CONSOLE_LOG_SIZE];
};

static struct pvonly_state *state(const ht_machine *m)
{
    return family_state(m, HT_FAMILY_PVONLY);
}

static size_t state_bytes(const ht_host_config *config)
{
    (void)config;
    return sizeof(struct pvonly_state);
}

uint64_t pv_vm_assist(const ht_machine *m, uint8_t slot)
{
    return state(m)->vm_assist[slot];
}

/* ---- the PV-only calls ---------------------------------------------------------------- */

/* The HVM table (-ENOSYS), then a PV path the engine does not model. */
static int64_t pv_state(ht_machine *m, uint32_t nr)
{
    int64_t rc = hvm_gate(m, nr, 0);
    if (rc)
        return rc;
    UNSUPPORTED(PV_STATE_UNSUPPORTED);
}

/* set_trap_table(table) */
int64_t ht_h_set_trap_table(ht_machine *m, uint64_t table)
{
    (void)table;
    return pv_state(m, HT_HYPERCALL_SET_TRAP_TABLE);
}

/* mmu_update(req, count, pdone, foreigndom) */
int64_t ht_h_mmu_update(ht_machine *m, uint64_t req, uint32_t count, uint64_t pdone,
                        uint16_t foreigndom)
{
    (void)req, (void)count, (void)pdone, (void)foreigndom;
    return pv_state(m, HT_HYPERCALL_MMU_UPDATE);
}

/* set_gdt(frame_list, entries) */
int64_t ht_h_set_gdt(ht_machine *m, uint64_t frame_list, uint32_t entries)
{
    (void)frame_list, (void)entries;
    return pv_state(m, HT_HYPERCALL_SET_GDT);
}

/* stack_switch(ss, esp) */
int64_t ht_h_stack_switch(ht_machine *m, uint64_t ss, uint64_t esp)
{
    (void)ss, (void)esp;
    return pv_state(m, HT_HYPERCALL_STACK_SWITCH);
}

/* set_callbacks(event_address, failsafe_address, syscall_address) */
int64_t ht_h_set_callbacks(ht_machine *m, uint64_t event_address, uint64_t failsafe_address,
                           uint64_t syscall_address)
{
    (void)event_address, (void)failsafe_address, (void)syscall_address;
    return pv_state(m, HT_HYPERCALL_SET_CALLBACKS);
}

/* fpu_taskswitch(set) */
int64_t ht_h_fpu_taskswitch(ht_machine *m, uint32_t set)
{
    (void)set;
    return pv_state(m, HT_HYPERCALL_FPU_TASKSWITCH);
}

/* set_debugreg(reg, value) */
int64_t ht_h_set_debugreg(ht_machine *m, uint32_t reg, uint64_t value)
{
    (void)reg, (void)value;
    return pv_state(m, HT_HYPERCALL_SET_DEBUGREG);
}

/* get_debugreg(reg) */
int64_t ht_h_get_debugreg(ht_machine *m, uint32_t reg)
{
    (void)reg;
    return pv_state(m, HT_HYPERCALL_GET_DEBUGREG);
}

/* update_descriptor(ma, desc) */
int64_t ht_h_update_descriptor(ht_machine *m, uint64_t ma, uint64_t desc)
{
    (void)ma, (void)desc;
    return pv_state(m, HT_HYPERCALL_UPDATE_DESCRIPTOR);
}

/* update_va_mapping(va, val, flags) */
int64_t ht_h_update_va_mapping(ht_machine *m, uint64_t va, uint64_t val, uint64_t flags)
{
    (void)va, (void)val, (void)flags;
    return pv_state(m, HT_HYPERCALL_UPDATE_VA_MAPPING);
}

/* iret() */
int64_t ht_h_iret(ht_machine *m)
{
    return pv_state(m, HT_HYPERCALL_IRET);
}

/* set_segment_base(which, base) */
int64_t ht_h_set_segment_base(ht_machine *m, uint32_t which, uint64_t base)
{
    (void)which, (void)base;
    return pv_state(m, HT_HYPERCALL_SET_SEGMENT_BASE);
}

/* do_mmuext_op for an HVM caller at RELEASE-4.17.0 (arch/x86/mm.c), check by check up to
 * the ops themselves:
 * - put_old_guest_table(curr): 0, an HVM vcpu never holds an old guest table (only the PV
 *   page-table ops set arch.old_guest_table);
 * - "count == MMU_UPDATE_PREEMPTED && guest_handle_is_null(uops)": a continuation's
 *   re-entry that returns foreigndom: unsupported (the engine makes no continuations);
 * - "!guest_handle_okay(uops, count)": passes, guest_handle_okay is true for a domain in
 *   paging_mode_external (arch/x86/include/asm/guest_access.h);
 * - get_pg_owner(foreigndom) (common/page_alloc.c): the caller's own id is refused
 *   ("Cannot specify itself as foreign domain"), DOMID_IO and DOMID_XEN are the system
 *   domains, anything else rcu_lock_domain_by_any_id (DOMID_SELF the caller): -ESRCH;
 * - "!is_pv_domain(pg_owner)": -EINVAL (dom_io and dom_xen are created without
 *   XEN_DOMCTL_CDF_hvm: PV);
 * - xsm_mmuext_op(XSM_TARGET, currd, pg_owner) (xsm/dummy.h xsm_default_action): the
 *   owner is PV and the caller HVM, so never the caller itself; its device model or the
 *   control domain pass (a FLASK denial: -EACCES), anyone else -EPERM (the system domains
 *   have no device model);
 * - then each op is copied and run ("is_hvm_domain(currd)": only the pin and unpin ops,
 *   else -EOPNOTSUPP): the ops live in guest memory the engine does not model. */
static int64_t mmuext_hvm_4_17(ht_machine *m, uint64_t ops, uint32_t count, uint16_t foreigndom)
{
    if (count == MMU_UPDATE_PREEMPTED && ops == 0)
        UNSUPPORTED(MMUEXT_CONTINUATION);
    if (foreigndom == m->caller.domid)
        FAIL(ESRCH, MMUEXT_OWNER_SELF);
    if (foreigndom == DOMID_IO || foreigndom == DOMID_XEN) {
        if (!caller_is_priv(m))
            FAIL(EPERM, MMUEXT_NOT_PRIVILEGED);
        UNSUPPORTED(MMUEXT_OPS_UNSUPPORTED);
    }
    uint8_t owner = foreigndom == HT_DOMID_SELF ? m->caller.slot : ht_slot(m, foreigndom);
    if (owner == HT_NO_SLOT)
        FAIL(ESRCH, MMUEXT_NO_OWNER);
    if (dom_is_hvm(m, owner))
        FAIL(EINVAL, MMUEXT_OWNER_NOT_PV);
    int64_t rc = caller_dm_priv(m, owner);
    if (rc)
        return rc;
    UNSUPPORTED(MMUEXT_OPS_UNSUPPORTED);
}

/* mmuext_op(ops, count, pdone, foreigndom) */
int64_t ht_h_mmuext_op(ht_machine *m, uint64_t ops, uint32_t count, uint64_t pdone,
                       uint16_t foreigndom)
{
    (void)pdone;
    int64_t rc = hvm_gate(m, HT_HYPERCALL_MMUEXT_OP, 0);
    if (rc)
        return rc;
    if (m->profile == HT_PROFILE_XEN_4_17 && dom_is_hvm(m, m->caller.slot))
        return mmuext_hvm_4_17(m, ops, count, foreigndom);
    UNSUPPORTED(PV_STATE_UNSUPPORTED);
}

/* ---- physdev_op ----------------------------------------------------------------------- */

/* hvm_physdev_op's filter, then do_physdev_op's PV paths (pirqs, I/O ports, the IO-APIC),
 * which belong to the PV interrupt model the engine does not have. */
static int64_t pv_physdev(ht_machine *m, uint32_t cmd)
{
    int64_t rc = hvm_gate(m, HT_HYPERCALL_PHYSDEV_OP, cmd);
    if (rc)
        return rc;
    UNSUPPORTED(PV_PHYSDEV_UNSUPPORTED);
}

/* physdev_set_iopl(arg) */
int64_t ht_h_physdev_set_iopl(ht_machine *m, uint64_t arg)
{
    (void)arg;
    return pv_physdev(m, HT_PHYSDEVOP_SET_IOPL);
}

/* physdev_irq_unmask_notify() */
int64_t ht_h_physdev_irq_unmask_notify(ht_machine *m)
{
    return pv_physdev(m, HT_PHYSDEVOP_IRQ_UNMASK_NOTIFY);
}

/* physdev_set_iobitmap(bitmap, nr_ports) */
int64_t ht_h_physdev_set_iobitmap(ht_machine *m, uint64_t bitmap, uint32_t nr_ports)
{
    (void)bitmap, (void)nr_ports;
    return pv_physdev(m, HT_PHYSDEVOP_SET_IOBITMAP);
}

/* physdev_apic_read(apic_physbase, reg) */
int64_t ht_h_physdev_apic_read(ht_machine *m, uint64_t apic_physbase, uint32_t reg)
{
    (void)apic_physbase, (void)reg;
    return pv_physdev(m, HT_PHYSDEVOP_APIC_READ);
}

/* physdev_apic_write(apic_physbase, reg, value) */
int64_t ht_h_physdev_apic_write(ht_machine *m, uint64_t apic_physbase, uint32_t reg,
                                uint32_t value)
{
    (void)apic_physbase, (void)reg, (void)value;
    return pv_physdev(m, HT_PHYSDEVOP_APIC_WRITE);
}

/* physdev_alloc_irq_vector(irq) */
int64_t ht_h_physdev_alloc_irq_vector(ht_machine *m, uint32_t irq)
{
    (void)irq;
    return pv_physdev(m, HT_PHYSDEVOP_ALLOC_IRQ_VECTOR);
}

/* physdev_irq_status_query(irq) -> flags (physdev.c, PHYSDEVOP_irq_status_query): for an
 * HVM domain, a pirq needs a machine IRQ or an emulated one (domain_pirq_to_irq,
 * domain_pirq_to_emuirq); PHYSDEVOP_map_pirq, which makes them, is not modelled, so none
 * is mapped and the query is EINVAL whatever the range check says. */
int64_t ht_h_physdev_irq_status_query(ht_machine *m, uint32_t irq, uint64_t *flags)
{
    (void)flags;
    int64_t rc = hvm_gate(m, HT_HYPERCALL_PHYSDEV_OP, HT_PHYSDEVOP_IRQ_STATUS_QUERY);
    if (rc)
        return rc;
    if (!dom_is_hvm(m, m->caller.slot))
        UNSUPPORTED(PV_PHYSDEV_UNSUPPORTED);
    if (copy_fails(m))
        FAIL(EFAULT, PHYSDEV_COPY_FAULT);
    if ((int32_t)irq < 0)
        FAIL(EINVAL, PHYSDEV_IRQ_RANGE);
    FAIL(EINVAL, PHYSDEV_PIRQ_UNMAPPED);
}

/* physdev_op_raw(cmd, arg) */
int64_t ht_h_physdev_op_raw(ht_machine *m, uint32_t cmd, uint64_t arg)
{
    (void)arg;
    int64_t rc = hvm_gate(m, HT_HYPERCALL_PHYSDEV_OP, cmd);
    if (rc)
        return rc;
    if (dom_is_hvm(m, m->caller.slot))
        UNSUPPORTED(PHYSDEV_HVM_UNSUPPORTED);
    UNSUPPORTED(PV_PHYSDEV_UNSUPPORTED);
}

/* ---- vm_assist and nmi_op ------------------------------------------------------------- */

/* arch_vm_assist_valid_mask(d) at RELEASE-4.17.0 (arch/x86/include/asm/domain.h): an HVM
 * domain's HVM_VM_ASSIST_MASK (runstate_update_flag, 5), a 64-bit PV domain's
 * PV64_VM_ASSIST_MASK (4gb_segments 0, 4gb_segments_notify 1, writable_pagetables 2,
 * pae_extended_cr3 3, architectural_iopl 4, runstate_update_flag 5, m2p_strict 32).  The
 * engine's PV domains are 64-bit (no set_address_size). */
static uint64_t vm_assist_valid_4_17(const ht_machine *m, uint8_t slot)
{
    if (dom_is_hvm(m, slot))
        return 1ull << 5;
    return 0x3full | 1ull << 32;
}

/* vm_assist(cmd, type): vm_assist(current->domain, cmd, type) (common/domain.c, 4.2:
 * "type > MAX_VMASST_TYPE"); at RELEASE-4.17.0 do_vm_assist (common/domain.c): "type >=
 * BITS_PER_LONG || !test_bit(type, &valid)" against the domain's valid mask. */
int64_t ht_h_vm_assist(ht_machine *m, uint32_t cmd, uint32_t type)
{
    int64_t rc = hvm_gate(m, HT_HYPERCALL_VM_ASSIST, cmd);
    if (rc)
        return rc;
    if (m->profile == HT_PROFILE_XEN_4_17) {
        if (type >= BITS_PER_LONG || !(vm_assist_valid_4_17(m, m->caller.slot) >> type & 1))
            FAIL(EINVAL, VMASST_TYPE);
    } else if (type > MAX_VMASST_TYPE) {
        FAIL(EINVAL, VMASST_TYPE);
    }
    uint64_t *bits = &state(m)->vm_assist[m->caller.slot];
    switch (cmd) {
    case HT_VMASST_CMD_ENABLE:
        j64(m, bits, *bits | 1ull << type);
        OK(0, NONE);
    case HT_VMASST_CMD_DISABLE:
        j64(m, bits, *bits & ~(1ull << type));
        OK(0, NONE);
    default:
        FAIL(ENOSYS, VMASST_CMD);
    }
}

/* is_canonical_address (asm-x86/x86_64/page.h): bits 63..47 all equal. */
static bool canonical(uint64_t a)
{
    return ((int64_t)a >> 47) == ((int64_t)a >> 63);
}

/* nmi_op_register(handler_address): do_nmi_op copies struct xennmi_callback, then
 * register_guest_nmi_callback checks the address.  The seed restricts the call to domain
 * 0's vcpu 0; 4.2 has no such check. */
int64_t ht_h_nmi_op_register(ht_machine *m, uint64_t handler_address)
{
    int64_t rc = hvm_gate(m, HT_HYPERCALL_NMI_OP, HT_NMI_OP_REGISTER_CALLBACK);
    if (rc)
        return rc;
    if (copy_fails(m))
        FAIL(EFAULT, NMI_COPY_FAULT);
    if (ht_doc(m) && !(m->caller.slot == 0 && m->caller.vcpu == 0))
        FAIL(EINVAL, NMI_NOT_DOM0_VCPU0);
    if (!canonical(handler_address))
        FAIL(EINVAL, NMI_NOT_CANONICAL);
    OK(0, NONE);
}

/* nmi_op_unregister(): unregister_guest_nmi_callback clears the trap entry; 0. */
int64_t ht_h_nmi_op_unregister(ht_machine *m)
{
    int64_t rc = hvm_gate(m, HT_HYPERCALL_NMI_OP, HT_NMI_OP_UNREGISTER_CALLBACK);
    if (rc)
        return rc;
    OK(0, NONE);
}

/* ---- console_io ----------------------------------------------------------------------- */

/* do_console_io's prologue: only domain 0 (RELEASE-4.2.0, a non-VERBOSE build: "Only domain
 * 0 may access the emergency console"; xsm_console_io refuses nothing the engine can
 * express).  RELEASE-4.17.0 drops the domain_id test: xsm_console_io (xsm/dummy.h) is
 * XSM_PRIV for a domain that is not the console domain (a release build), and the engine's
 * only privileged domain, and console domain, is 0 -- the same refusal. */
static int64_t console_gate(ht_machine *m, uint32_t cmd)
{
    int64_t rc = hvm_gate(m, HT_HYPERCALL_CONSOLE_IO, cmd);
    if (rc)
        return rc;
    if (m->caller.domid != 0)
        FAIL(EPERM, CONSOLE_NOT_DOM0);
    return 0;
}

/* The console log keeps the newest bytes, as Xen's console ring does (conring). */
static void log_put(ht_machine *m, uint8_t byte)
{
    struct pvonly_state *s = state(m);
    uint32_t at = (s->log_head + s->log_len) % CONSOLE_LOG_SIZE;
    j8(m, &s->log[at], byte);
    if (s->log_len < CONSOLE_LOG_SIZE) {
        j32(m, &s->log_len, s->log_len + 1);
    } else {
        j32(m, &s->log_head, (s->log_head + 1) % CONSOLE_LOG_SIZE);
        j64(m, &s->log_lost, s->log_lost + 1);
    }
}

/* console_io_write(count, buffer): guest_console_write (drivers/char/console.c) copies 127
 * bytes at a time into kbuf; a chunk that cannot be copied is -EFAULT, after the chunks
 * before it.  Preemption between chunks is a transparent continuation.
 * - RELEASE-4.2.0: count is an int ("while ( count > 0 )": negative writes nothing), and
 *   the chunk is NUL-terminated and printed as a C string (sercon_puts, and
 *   putchar_console_ring "for ( kptr = kbuf; *kptr != '\0'; ...)"), so it ends at its
 *   first NUL.
 * - RELEASE-4.17.0: count is an unsigned int, and the hardware domain's chunk goes out by
 *   length (console_serial_puts(kbuf, kcount), conring_puts(kbuf, kcount)): NULs too. */
int64_t ht_h_console_io_write(ht_machine *m, uint32_t count, ht_list buffer)
{
    int64_t rc = console_gate(m, HT_CONSOLEIO_WRITE);
    if (rc)
        return rc;
    bool v4_17 = m->profile == HT_PROFILE_XEN_4_17;
    int64_t left = v4_17 ? (int64_t)count : (int64_t)(int32_t)count;
    uint64_t at = 0;
    while (left > 0) {
        int64_t chunk = left < CONSOLE_CHUNK ? left : CONSOLE_CHUNK;
        if (at + (uint64_t)chunk > buffer.n)
            FAIL(EFAULT, CONSOLE_COPY_FAULT);
        for (int64_t i = 0; i < chunk; i++) {
            uint64_t byte = 0;
            ht_list_get(&buffer, at + (uint64_t)i, 0, &byte);
            if (byte == 0 && !v4_17)
                break;
            log_put(m, (uint8_t)byte);
        }
        at += (uint64_t)chunk;
        left -= chunk;
    }
    OK(0, NONE);
}

/* console_io_read(count) -> buffer: CONSOLEIO_read (do_console_io) copies what
 * serial_rx_ring holds, in at most two runs (the ring wraps), up to count; returns the
 * bytes read.  A copy that fails is -EFAULT, after the runs before it were consumed.
 * RELEASE-4.2.0: count is an int, so a negative one reads nothing ("rc < count").
 * RELEASE-4.17.0: count is unsigned, and "if ( count > INT_MAX )" is -E2BIG first, so
 * that the bytes read never overlap the error values. */
int64_t ht_h_console_io_read(ht_machine *m, uint32_t count, ht_list buffer)
{
    int64_t rc = console_gate(m, HT_CONSOLEIO_READ);
    if (rc)
        return rc;
    if (m->profile == HT_PROFILE_XEN_4_17 && count > INT32_MAX)
        FAIL(E2BIG, CONSOLE_READ_TOO_BIG);
    struct pvonly_state *s = state(m);
    int64_t want = (int32_t)count, done = 0;
    while (s->rx_cons != s->rx_prod && done < want) {
        uint32_t idx = s->rx_cons & (SERIAL_RX_SIZE - 1);
        uint32_t len = s->rx_prod - s->rx_cons;
        if (idx + len > SERIAL_RX_SIZE)
            len = SERIAL_RX_SIZE - idx;
        if (done + len > want)
            len = (uint32_t)(want - done);
        if ((uint64_t)done + len > buffer.n)   /* copy_to_guest_offset */
            FAIL(EFAULT, CONSOLE_COPY_FAULT);
        for (uint32_t i = 0; i < len; i++)
            ht_list_put(&buffer, (uint64_t)done + i, 0, s->rx[idx + i]);
        done += len;
        j32(m, &s->rx_cons, s->rx_cons + len);
    }
    OK(done, NONE);
}

/* console_io_raw(cmd, count) */
int64_t ht_h_console_io_raw(ht_machine *m, uint32_t cmd, uint32_t count)
{
    (void)count;
    int64_t rc = console_gate(m, cmd);
    if (rc)
        return rc;
    if (cmd == HT_CONSOLEIO_WRITE || cmd == HT_CONSOLEIO_READ)
        UNSUPPORTED(CONSOLE_RAW_HAS_CALL);
    FAIL(ENOSYS, CONSOLE_UNKNOWN_CMD);
}

/* serial_input(count, chars): serial_rx and __serial_rx.  Every byte for domain 0 also
 * raises VIRQ_CONSOLE to it (send_global_virq), an event-channel matter not kept here. */
int64_t ht_h_serial_input(ht_machine *m, uint32_t count, ht_list chars)
{
    if (count > chars.n)
        FAIL(EINVAL, SERIAL_SHORT);
    struct pvonly_state *s = state(m);
    int64_t taken = 0;
    bool dropped = false;
    for (uint32_t i = 0; i < count; i++) {
        uint64_t c = 0;
        ht_list_get(&chars, i, 0, &c);
        uint32_t deliver = 1;
        if (c == SWITCH_CODE) {
            /* CTRL-A is eaten in groups of three, which switch the input's direction. */
            j8(m, &s->switch_count, (uint8_t)(s->switch_count + 1));
            if (s->switch_count == 3) {
                j8(m, &s->xen_rx, !s->xen_rx);
                j8(m, &s->switch_count, 0);
            }
            continue;
        }
        /* CTRL-As that did not make a group are input too, before this byte. */
        deliver += s->switch_count;
        j8(m, &s->switch_count, 0);
        for (uint32_t k = 0; k < deliver; k++) {
            uint8_t byte = k + 1 < deliver ? SWITCH_CODE : (uint8_t)c;
            if (s->xen_rx)   /* handle_keypress: Xen's debug keys */
                UNSUPPORTED(SERIAL_FOR_XEN);
            if (s->rx_prod - s->rx_cons == SERIAL_RX_SIZE) {
                dropped = true;
                continue;
            }
            j8(m, &s->rx[s->rx_prod & (SERIAL_RX_SIZE - 1)], byte);
            j32(m, &s->rx_prod, s->rx_prod + 1);
            taken++;
        }
    }
    if (dropped)
        OK(taken, SERIAL_RING_FULL);
    OK(taken, NONE);
}

/* serial_output(count) -> chars: the oldest bytes of the console log, consumed. */
int64_t ht_h_serial_output(ht_machine *m, uint32_t count, ht_list chars)
{
    struct pvonly_state *s = state(m);
    int64_t taken = 0;
    while (taken < count && s->log_len > 0 && (uint64_t)taken < chars.n) {
        ht_list_put(&chars, (uint64_t)taken, 0, s->log[s->log_head]);
        j32(m, &s->log_head, (s->log_head + 1) % CONSOLE_LOG_SIZE);
        j32(m, &s->log_len, s->log_len - 1);
        taken++;
    }
    OK(taken, NONE);
}

/* ---- raw hypercall numbers ------------------------------------------------------------ */

/* Whether the 64-bit PV table (x86_64/entry.S: hypercall_table) has a handler at nr
 * (the others are do_ni_hypercall; numbers from NR_hypercalls up never reach the table:
 * "cmpq $NR_hypercalls,%rax; jae bad_hypercall" compares all 64 bits). */
static bool pv_slot(uint64_t nr)
{
    switch (nr) {
    case HT_HYPERCALL_SET_TRAP_TABLE:
    case HT_HYPERCALL_MMU_UPDATE:
    case HT_HYPERCALL_SET_GDT:
    case HT_HYPERCALL_STACK_SWITCH:
    case HT_HYPERCALL_SET_CALLBACKS:
    case HT_HYPERCALL_FPU_TASKSWITCH:
    case HT_HYPERCALL_SCHED_OP_COMPAT:
    case HT_HYPERCALL_PLATFORM_OP:
    case HT_HYPERCALL_SET_DEBUGREG:
    case HT_HYPERCALL_GET_DEBUGREG:
    case HT_HYPERCALL_UPDATE_DESCRIPTOR:
    case HT_HYPERCALL_MEMORY_OP:
    case HT_HYPERCALL_MULTICALL:
    case HT_HYPERCALL_UPDATE_VA_MAPPING:
    case HT_HYPERCALL_SET_TIMER_OP:
    case HT_HYPERCALL_EVENT_CHANNEL_OP_COMPAT:
    case HT_HYPERCALL_XEN_VERSION:
    case HT_HYPERCALL_CONSOLE_IO:
    case HT_HYPERCALL_PHYSDEV_OP_COMPAT:
    case HT_HYPERCALL_GRANT_TABLE_OP:
    case HT_HYPERCALL_VM_ASSIST:
    case HT_HYPERCALL_UPDATE_VA_MAPPING_OTHERDOMAIN:
    case HT_HYPERCALL_IRET:
    case HT_HYPERCALL_VCPU_OP:
    case HT_HYPERCALL_SET_SEGMENT_BASE:
    case HT_HYPERCALL_MMUEXT_OP:
    case HT_HYPERCALL_XSM_OP:
    case HT_HYPERCALL_NMI_OP:
    case HT_HYPERCALL_SCHED_OP:
    case HT_HYPERCALL_CALLBACK_OP:
    case HT_HYPERCALL_XENOPROF_OP:
    case HT_HYPERCALL_EVENT_CHANNEL_OP:
    case HT_HYPERCALL_PHYSDEV_OP:
    case HT_HYPERCALL_HVM_OP:
    case HT_HYPERCALL_SYSCTL:
    case HT_HYPERCALL_DOMCTL:
    case HT_HYPERCALL_KEXEC_OP:
    case HT_HYPERCALL_TMEM_OP:
    case HT_HYPERCALL_MCA:
        return true;
    default:
        return false;
    }
}

/* The pv64 column of xen/include/hypercall-defs.c at RELEASE-4.17.0 (default Kconfig, no
 * ARGO): 4.2's slots without tmem_op, with xenpmu_op, dm_op, hypfs_op and
 * paging_domctl_cont. */
static bool pv_slot_4_17(uint64_t nr)
{
    switch (nr) {
    case HT_HYPERCALL_TMEM_OP:
        return false;
    case HT_HYPERCALL_XENPMU_OP:
    case HT_HYPERCALL_DM_OP:
    case HT_HYPERCALL_HYPFS_OP:
    case HT_HYPERCALL_PAGING_DOMCTL_CONT:
        return true;
    default:
        return pv_slot(nr);
    }
}

static bool pv_slot_in_profile(const ht_machine *m, uint64_t nr)
{
    return m->profile == HT_PROFILE_XEN_4_17 ? pv_slot_4_17(nr) : pv_slot(nr);
}

/* hypercall_raw(op, a0, a1, a2, a3, a4) */
int64_t ht_h_hypercall_raw(ht_machine *m, uint64_t op, uint64_t a0, uint64_t a1, uint64_t a2,
                           uint64_t a3, uint64_t a4)
{
    (void)a1, (void)a2, (void)a3, (void)a4;
    int64_t rc = hvm_gate(m, op, a0);
    if (rc)
        return rc;
    if (!dom_is_hvm(m, m->caller.slot) && !pv_slot_in_profile(m, op))
        FAIL(ENOSYS, RAW_NO_HANDLER);
    UNSUPPORTED(RAW_DISPATCHED);
}

/* ---- lifecycle ------------------------------------------------------------------------ */

static void domain_init(ht_machine *m, uint8_t slot)
{
    j64(m, &state(m)->vm_assist[slot], 0);
}

static uint64_t digest(const ht_machine *m, uint64_t h)
{
    return ht_fnv(h, state(m), sizeof(struct pvonly_state));
}

const struct ht_family_ops ht_family_pvonly = {
    .state_bytes = state_bytes,
    .domain_init = domain_init,
    .digest = digest,
};
