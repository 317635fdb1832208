/* Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT. */
/* Handlers, one per call, implemented by family in the csrc sources: named, typed
 * parameters in catalogue order (lists as ht_list, outputs as pointers); the
 * glue in ht_catalogue.c calls them. */
#ifndef HT_HANDLERS_H
#define HT_HANDLERS_H

#include "../engine.h"

/* sharing (csrc/sharing.c) */
int64_t ht_h_memshr_control(ht_machine *m, uint16_t domid, uint32_t enable);
int64_t ht_h_memshr_ring_enable(ht_machine *m, uint16_t domid, uint64_t *port);
int64_t ht_h_memshr_ring_disable(ht_machine *m, uint16_t domid);
int64_t ht_h_memshr_domain_resume(ht_machine *m, uint16_t domid);
int64_t ht_h_memshr_nominate_gfn(ht_machine *m, uint16_t domid, uint64_t gfn, uint64_t *handle);
int64_t ht_h_memshr_nominate_gref(ht_machine *m, uint16_t domid, uint32_t gref, uint64_t *handle);
int64_t ht_h_memshr_share_gfns(ht_machine *m, uint16_t source_domain, uint64_t source_gfn,
                               uint64_t source_handle, uint16_t client_domain, uint64_t client_gfn,
                               uint64_t client_handle);
int64_t ht_h_memshr_share_grefs(ht_machine *m, uint16_t source_domain, uint32_t source_gref,
                                uint64_t source_handle, uint16_t client_domain,
                                uint32_t client_gref, uint64_t client_handle);
int64_t ht_h_memshr_add_to_physmap(ht_machine *m, uint16_t source_domain, uint64_t source_gfn,
                                   uint64_t source_handle, uint16_t client_domain,
                                   uint64_t client_gfn);
int64_t ht_h_memshr_debug_gfn(ht_machine *m, uint16_t domid, uint64_t gfn);
int64_t ht_h_memshr_debug_gref(ht_machine *m, uint16_t domid, uint32_t gref);
int64_t ht_h_memshr_audit(ht_machine *m);
int64_t ht_h_sharing_freed_pages(ht_machine *m);
int64_t ht_h_sharing_used_frames(ht_machine *m);
/* paging (csrc/paging.c) */
int64_t ht_h_mem_paging_enable(ht_machine *m, uint16_t domain_id, uint64_t *port);
int64_t ht_h_mem_paging_disable(ht_machine *m, uint16_t domain_id);
int64_t ht_h_mem_paging_nominate(ht_machine *m, uint16_t domain_id, uint64_t gfn);
int64_t ht_h_mem_paging_evict(ht_machine *m, uint16_t domain_id, uint64_t gfn);
int64_t ht_h_mem_paging_prep(ht_machine *m, uint16_t domain_id, uint64_t gfn);
int64_t ht_h_mem_paging_load(ht_machine *m, uint16_t domain_id, uint64_t gfn, uint64_t buffer);
/* access (csrc/access.c) */
int64_t ht_h_mem_access_enable(ht_machine *m, uint16_t domain_id, uint64_t *port);
int64_t ht_h_mem_access_disable(ht_machine *m, uint16_t domain_id);
int64_t ht_h_mem_access_resume(ht_machine *m, uint16_t domain_id, uint64_t gfn);
int64_t ht_h_hvm_set_mem_access(ht_machine *m, uint16_t dom, uint32_t memaccess, uint64_t first_pfn,
                                uint64_t nr);
int64_t ht_h_hvm_get_mem_access(ht_machine *m, uint16_t dom, uint64_t pfn, uint64_t *memaccess);
/* memory (csrc/memory.c) */
int64_t ht_h_increase_reservation(ht_machine *m, uint16_t domid, uint64_t nr_extents,
                                  uint32_t extent_order, uint32_t mem_flags, ht_list extent_start);
int64_t ht_h_decrease_reservation(ht_machine *m, uint16_t domid, uint64_t nr_extents,
                                  uint32_t extent_order, ht_list extent_start);
int64_t ht_h_populate_physmap(ht_machine *m, uint16_t domid, uint64_t nr_extents,
                              uint32_t extent_order, uint32_t mem_flags, ht_list extent_start);
int64_t ht_h_current_reservation(ht_machine *m, uint16_t domid);
int64_t ht_h_maximum_reservation(ht_machine *m, uint16_t domid);
int64_t ht_h_maximum_ram_page(ht_machine *m);
int64_t ht_h_remove_from_physmap(ht_machine *m, uint16_t domid, uint64_t gpfn);
/* domain (csrc/domain.c) */
int64_t ht_h_domain_getinfo(ht_machine *m, uint16_t first_domid, uint64_t *domid, uint64_t *flags,
                            uint64_t *tot_pages, uint64_t *max_pages, uint64_t *shr_pages,
                            uint64_t *paged_pages);
int64_t ht_h_domain_setmaxmem(ht_machine *m, uint16_t domid, uint32_t max_memkb);
int64_t ht_h_domain_pause(ht_machine *m, uint16_t domid);
int64_t ht_h_domain_unpause(ht_machine *m, uint16_t domid);
int64_t ht_h_domain_create(ht_machine *m, uint16_t domid, uint64_t pages, uint64_t max_pages,
                           uint64_t p2m_size, uint32_t vcpus, uint32_t flags);
int64_t ht_h_domain_destroy(ht_machine *m, uint16_t domid);
int64_t ht_h_caller_privilege(ht_machine *m, uint16_t domid, uint32_t level);
int64_t ht_h_set_hvm_param(ht_machine *m, uint16_t dom, uint32_t param, uint64_t value);
int64_t ht_h_assign_device(ht_machine *m, uint16_t domid, uint32_t machine_bdf);
int64_t ht_h_hvm_set_mem_type(ht_machine *m, uint16_t dom, uint32_t mem_type, uint64_t first_pfn,
                              uint64_t nr);
int64_t ht_h_shadow_logdirty(ht_machine *m, uint16_t domid, uint32_t enable);
int64_t ht_h_domain_memory_mapping(ht_machine *m, uint16_t domid, uint64_t first_gfn,
                                   uint64_t first_mfn, uint64_t nr_mfns, uint32_t add_mapping);
/* guest (csrc/guest.c) */
int64_t ht_h_guest_read(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t vcpu, uint64_t *value);
int64_t ht_h_guest_write(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t value, uint32_t vcpu);
int64_t ht_h_foreign_map(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t writable,
                         uint64_t *mapping);
int64_t ht_h_foreign_unmap(ht_machine *m, uint32_t mapping);
int64_t ht_h_grant_access(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t readonly,
                          uint64_t *gref);
int64_t ht_h_grant_end_access(ht_machine *m, uint16_t domid, uint32_t gref);
int64_t ht_h_grant_map(ht_machine *m, uint16_t domid, uint32_t gref, uint32_t writable,
                       uint64_t *mapping);
int64_t ht_h_grant_unmap(ht_machine *m, uint32_t mapping);
/* ring (csrc/ring.c) */
int64_t ht_h_ring_get_request(ht_machine *m, uint16_t domid, uint32_t ring, uint64_t *gfn,
                              uint64_t *vcpu_id, uint64_t *flags, uint64_t *p2mt);
int64_t ht_h_ring_put_response(ht_machine *m, uint16_t domid, uint32_t ring, uint64_t gfn,
                               uint32_t vcpu_id, uint32_t flags);
int64_t ht_h_evtchn_send(ht_machine *m, uint16_t domid, uint32_t port);
int64_t ht_h_domain_set_max_evtchn(ht_machine *m, uint16_t domid, uint32_t max_port);
/* fault (csrc/fault.c) */
int64_t ht_h_inject_fault(ht_machine *m, uint32_t site, uint32_t nth);
/* evtchn (csrc/evtchn.c) */
int64_t ht_h_evtchn_alloc_unbound(ht_machine *m, uint16_t dom, uint16_t remote_dom, uint64_t *port);
int64_t ht_h_evtchn_bind_interdomain(ht_machine *m, uint16_t remote_dom, uint32_t remote_port,
                                     uint64_t *local_port);
int64_t ht_h_evtchn_bind_virq(ht_machine *m, uint32_t virq, uint32_t vcpu, uint64_t *port);
int64_t ht_h_evtchn_bind_ipi(ht_machine *m, uint32_t vcpu, uint64_t *port);
int64_t ht_h_evtchn_bind_pirq(ht_machine *m, uint32_t pirq, uint32_t flags, uint64_t *port);
int64_t ht_h_evtchn_close(ht_machine *m, uint32_t port);
int64_t ht_h_evtchn_notify(ht_machine *m, uint32_t port);
int64_t ht_h_evtchn_status(ht_machine *m, uint16_t dom, uint32_t port, uint64_t *status,
                           uint64_t *vcpu, uint64_t *remote_dom, uint64_t *remote_port,
                           uint64_t *irq);
int64_t ht_h_evtchn_bind_vcpu(ht_machine *m, uint32_t port, uint32_t vcpu);
int64_t ht_h_evtchn_unmask(ht_machine *m, uint32_t port);
int64_t ht_h_evtchn_reset(ht_machine *m, uint16_t dom);
int64_t ht_h_evtchn_op_raw(ht_machine *m, uint32_t cmd);
int64_t ht_h_evtchn_guest_mask(ht_machine *m, uint16_t domid, uint32_t port, uint32_t masked);
int64_t ht_h_evtchn_guest_clear(ht_machine *m, uint16_t domid, uint32_t port);
int64_t ht_h_evtchn_guest_upcall(ht_machine *m, uint16_t domid, uint32_t vcpu);
int64_t ht_h_evtchn_guest_upcall_mask(ht_machine *m, uint16_t domid, uint32_t vcpu, uint32_t masked);
int64_t ht_h_evtchn_raise_virq(ht_machine *m, uint16_t domid, uint32_t virq, uint32_t vcpu);
/* sched (csrc/sched.c) */
int64_t ht_h_sched_yield(ht_machine *m);
int64_t ht_h_sched_block(ht_machine *m);
int64_t ht_h_sched_shutdown(ht_machine *m, uint32_t reason);
int64_t ht_h_sched_shutdown_code(ht_machine *m, uint32_t reason);
int64_t ht_h_sched_poll(ht_machine *m, ht_list ports, uint32_t nr_ports, uint64_t timeout);
int64_t ht_h_sched_remote_shutdown(ht_machine *m, uint16_t domain_id, uint32_t reason);
int64_t ht_h_sched_watchdog(ht_machine *m, uint32_t id, uint32_t timeout);
int64_t ht_h_sched_op_raw(ht_machine *m, uint32_t cmd);
int64_t ht_h_domain_resume(ht_machine *m, uint16_t domid);
int64_t ht_h_sched_watchdog_expire(ht_machine *m, uint16_t domid, uint32_t id);
int64_t ht_h_sched_poll_timeout(ht_machine *m, uint16_t domid, uint32_t vcpu);

#endif
