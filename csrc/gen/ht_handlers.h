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
int64_t ht_h_memshr_range_share(ht_machine *m, uint16_t source_domain, uint16_t client_domain,
                                uint64_t first_gfn, uint64_t last_gfn, uint64_t opaque,
                                uint64_t pad);
int64_t ht_h_memshr_fork(ht_machine *m, uint16_t domid, uint16_t parent_domain, uint16_t flags,
                         uint32_t pad);
int64_t ht_h_memshr_fork_reset(ht_machine *m, uint16_t domid, uint16_t flags, uint32_t pad);
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
int64_t ht_h_mem_access_set_multi(ht_machine *m, uint16_t domain_id, uint32_t nr, ht_list entries);
int64_t ht_h_set_access_required(ht_machine *m, uint16_t domain_id, uint8_t access_required);
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
int64_t ht_h_maximum_gpfn(ht_machine *m, uint16_t domid);
/* domain (csrc/domain.c) */
int64_t ht_h_domain_getinfo(ht_machine *m, uint16_t first_domid, uint64_t *domid, uint64_t *flags,
                            uint64_t *tot_pages, uint64_t *max_pages, uint64_t *shr_pages,
                            uint64_t *paged_pages);
int64_t ht_h_domain_setmaxmem(ht_machine *m, uint16_t domid, uint64_t max_memkb);
int64_t ht_h_domain_set_target(ht_machine *m, uint16_t domid, uint16_t target);
int64_t ht_h_domain_pause(ht_machine *m, uint16_t domid);
int64_t ht_h_domain_unpause(ht_machine *m, uint16_t domid);
int64_t ht_h_domain_create(ht_machine *m, uint16_t domid, uint64_t pages, uint64_t max_pages,
                           uint64_t p2m_size, uint32_t vcpus, uint32_t flags,
                           uint32_t max_grant_frames, uint32_t vmtrace_frames);
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
int64_t ht_h_guest_exec(ht_machine *m, uint16_t domid, uint64_t gfn, uint32_t vcpu, uint64_t *value);
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
int64_t ht_h_ring_put_response_versioned(ht_machine *m, uint16_t domid, uint32_t ring, uint64_t gfn,
                                         uint32_t vcpu_id, uint32_t flags, uint32_t version);
int64_t ht_h_evtchn_send(ht_machine *m, uint16_t domid, uint32_t port);
int64_t ht_h_domain_set_max_evtchn(ht_machine *m, uint16_t domid, uint32_t max_port);
int64_t ht_h_vm_event_resume(ht_machine *m, uint16_t domid, uint32_t ring);
int64_t ht_h_vm_event_get_version(ht_machine *m, uint16_t domid, uint64_t *version);
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
/* gnttab (csrc/gnttab.c) */
int64_t ht_h_gnttab_set_version(ht_machine *m, uint32_t version);
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
/* resource (csrc/resource.c) */
int64_t ht_h_acquire_resource(ht_machine *m, uint16_t domid, uint16_t type, uint32_t id,
                              uint32_t nr_frames, uint32_t pad, uint64_t frame, ht_list frame_list,
                              uint64_t start_extent, uint64_t *max_frames);
int64_t ht_h_resource_size(ht_machine *m, uint16_t domid, uint32_t type, uint32_t id,
                           uint64_t *size);
int64_t ht_h_map_resource(ht_machine *m, uint16_t domid, uint32_t type, uint32_t id, uint64_t frame,
                          uint32_t nr_frames, uint32_t writable, ht_list mfns, uint64_t *mapping);
int64_t ht_h_unmap_resource(ht_machine *m, uint32_t mapping);
int64_t ht_h_ioreq_server_create(ht_machine *m, uint16_t domid, uint32_t handle_bufioreq,
                                 uint64_t *id);
int64_t ht_h_ioreq_server_destroy(ht_machine *m, uint16_t domid, uint16_t id);
/* tmem (csrc/tmem.c) */
int64_t ht_h_tmem_new_pool(ht_machine *m, ht_list uuid, uint32_t flags, uint64_t *pool_id);
int64_t ht_h_tmem_destroy_pool(ht_machine *m, uint32_t pool_id);
int64_t ht_h_tmem_new_page(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index);
int64_t ht_h_tmem_put_page(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index,
                           uint64_t cmfn);
int64_t ht_h_tmem_get_page(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index,
                           uint64_t cmfn);
int64_t ht_h_tmem_flush_page(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index);
int64_t ht_h_tmem_flush_object(ht_machine *m, uint32_t pool_id, ht_list oid);
int64_t ht_h_tmem_read(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index,
                       uint32_t tmem_offset, uint32_t pfn_offset, uint32_t len, uint64_t cmfn);
int64_t ht_h_tmem_write(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index,
                        uint32_t tmem_offset, uint32_t pfn_offset, uint32_t len, uint64_t cmfn);
int64_t ht_h_tmem_xchg(ht_machine *m, uint32_t pool_id, ht_list oid, uint32_t index, uint64_t cmfn);
int64_t ht_h_tmem_op_other(ht_machine *m, uint32_t cmd, uint32_t pool_id);
int64_t ht_h_tmem_auth(ht_machine *m, uint32_t cli_id, ht_list uuid, uint32_t auth);
int64_t ht_h_tmem_restore_new_pool(ht_machine *m, uint32_t cli_id, uint32_t pool_id, uint32_t flags,
                                   ht_list uuid);
int64_t ht_h_tmem_control_thaw(ht_machine *m, uint32_t cli_id);
int64_t ht_h_tmem_control_freeze(ht_machine *m, uint32_t cli_id);
int64_t ht_h_tmem_control_flush(ht_machine *m, uint32_t cli_id, uint32_t kb);
int64_t ht_h_tmem_control_destroy(ht_machine *m, uint32_t cli_id);
int64_t ht_h_tmem_control_list(ht_machine *m, uint32_t cli_id, uint32_t len, uint32_t use_long,
                               ht_list buf);
int64_t ht_h_tmem_control_set_weight(ht_machine *m, uint32_t cli_id, uint32_t weight);
int64_t ht_h_tmem_control_set_cap(ht_machine *m, uint32_t cli_id, uint32_t cap);
int64_t ht_h_tmem_control_set_compress(ht_machine *m, uint32_t cli_id, uint32_t compress);
int64_t ht_h_tmem_control_query_freeable_mb(ht_machine *m);
int64_t ht_h_tmem_control_save_begin(ht_machine *m, uint32_t cli_id, uint32_t live);
int64_t ht_h_tmem_control_save_get_version(ht_machine *m);
int64_t ht_h_tmem_control_save_get_maxpools(ht_machine *m);
int64_t ht_h_tmem_control_save_get_client_weight(ht_machine *m, uint32_t cli_id);
int64_t ht_h_tmem_control_save_get_client_cap(ht_machine *m, uint32_t cli_id);
int64_t ht_h_tmem_control_save_get_client_flags(ht_machine *m, uint32_t cli_id);
int64_t ht_h_tmem_control_save_get_pool_flags(ht_machine *m, uint32_t cli_id, uint32_t pool_id);
int64_t ht_h_tmem_control_save_get_pool_npages(ht_machine *m, uint32_t cli_id, uint32_t pool_id);
int64_t ht_h_tmem_control_save_get_pool_uuid(ht_machine *m, uint32_t cli_id, uint32_t pool_id,
                                             ht_list uuid);
int64_t ht_h_tmem_control_save_get_next_page(ht_machine *m, uint32_t cli_id, uint32_t pool_id,
                                             uint32_t bufsize, uint64_t *page_pool_id,
                                             uint64_t *oid0, uint64_t *oid1, uint64_t *oid2,
                                             uint64_t *page_index, uint64_t *data);
int64_t ht_h_tmem_control_save_get_next_inv(ht_machine *m, uint32_t cli_id, uint32_t bufsize,
                                            uint64_t *page_pool_id, uint64_t *oid0, uint64_t *oid1,
                                            uint64_t *oid2, uint64_t *page_index);
int64_t ht_h_tmem_control_save_end(ht_machine *m, uint32_t cli_id);
int64_t ht_h_tmem_control_restore_begin(ht_machine *m, uint32_t cli_id);
int64_t ht_h_tmem_control_restore_put_page(ht_machine *m, uint32_t cli_id, uint32_t pool_id,
                                           ht_list oid, uint32_t index, uint32_t data,
                                           uint32_t bufsize);
int64_t ht_h_tmem_control_restore_flush_page(ht_machine *m, uint32_t cli_id, uint32_t pool_id,
                                             ht_list oid, uint32_t index);
int64_t ht_h_tmem_control_other(ht_machine *m, uint32_t subop, uint32_t cli_id);
/* exchange (csrc/exchange.c) */
int64_t ht_h_memory_exchange(ht_machine *m, ht_list exchange, uint64_t nr_in, ht_list in_extents,
                             uint64_t nr_out, ht_list out_extents);
int64_t ht_h_memory_exchange_and_pin(ht_machine *m, ht_list exchange, uint64_t nr_in,
                                     ht_list in_extents, uint64_t nr_out, ht_list out_extents);
int64_t ht_h_memory_unpin(ht_machine *m, uint16_t domid, uint64_t nr_extents, uint32_t extent_order,
                          ht_list extent_start);
/* clock (csrc/clock.c) */
int64_t ht_h_advance_time(ht_machine *m, uint64_t ns);
/* toolstack (csrc/toolstack.c) */
int64_t ht_h_createdomain(ht_machine *m, uint16_t domid, uint32_t flags, uint32_t max_vcpus,
                          uint32_t max_evtchn_port, uint32_t max_grant_frames,
                          uint32_t max_maptrack_frames, uint32_t grant_opts,
                          uint32_t emulation_flags, uint64_t *domain);
int64_t ht_h_destroydomain(ht_machine *m, uint16_t domid);
int64_t ht_h_getdomaininfo(ht_machine *m, uint16_t domid, ht_list info);
int64_t ht_h_getdomaininfolist(ht_machine *m, uint16_t first_domain, uint32_t max_domains,
                               ht_list buffer, uint64_t *num_domains);
int64_t ht_h_physinfo(ht_machine *m, uint64_t *total_pages, uint64_t *free_pages,
                      uint64_t *capabilities);
int64_t ht_h_get_hvm_param(ht_machine *m, uint16_t dom, uint32_t param, uint64_t *value);
int64_t ht_h_getpageframeinfo3(ht_machine *m, uint16_t domid, uint64_t num, ht_list array);
/* monitor (csrc/monitor.c) */
int64_t ht_h_monitor_op(ht_machine *m, uint16_t domid, uint32_t op, uint32_t event, uint64_t u_lo,
                        uint64_t u_hi, uint64_t *capabilities);
/* vcpu (csrc/vcpu.c) */
int64_t ht_h_vcpu_initialise(ht_machine *m, uint32_t vcpuid, uint64_t ctxt);
int64_t ht_h_vcpu_up(ht_machine *m, uint32_t vcpuid);
int64_t ht_h_vcpu_down(ht_machine *m, uint32_t vcpuid);
int64_t ht_h_vcpu_is_up(ht_machine *m, uint32_t vcpuid);
int64_t ht_h_vcpu_get_runstate_info(ht_machine *m, uint32_t vcpuid, uint64_t *state,
                                    uint64_t *state_entry_time, uint64_t *time_running,
                                    uint64_t *time_runnable, uint64_t *time_blocked,
                                    uint64_t *time_offline);
int64_t ht_h_vcpu_register_runstate_memory_area(ht_machine *m, uint32_t vcpuid, uint64_t addr);
int64_t ht_h_vcpu_set_periodic_timer(ht_machine *m, uint32_t vcpuid, uint64_t period_ns);
int64_t ht_h_vcpu_stop_periodic_timer(ht_machine *m, uint32_t vcpuid);
int64_t ht_h_vcpu_set_singleshot_timer(ht_machine *m, uint32_t vcpuid, uint64_t timeout_abs_ns,
                                       uint32_t flags);
int64_t ht_h_vcpu_stop_singleshot_timer(ht_machine *m, uint32_t vcpuid);
int64_t ht_h_vcpu_register_vcpu_info(ht_machine *m, uint32_t vcpuid, uint64_t mfn, uint32_t offset);
int64_t ht_h_vcpu_send_nmi(ht_machine *m, uint32_t vcpuid, uint64_t arg);
int64_t ht_h_vcpu_get_physid(ht_machine *m, uint32_t vcpuid, uint64_t *phys_id);
int64_t ht_h_vcpu_register_vcpu_time_memory_area(ht_machine *m, uint32_t vcpuid, uint64_t addr);
int64_t ht_h_vcpu_op_raw(ht_machine *m, uint32_t cmd, uint32_t vcpuid);
int64_t ht_h_set_timer_op(ht_machine *m, uint64_t timeout);
int64_t ht_h_guest_timer_interrupt(ht_machine *m, uint16_t domid, uint32_t vcpu);
/* xenver (csrc/xenver.c) */
int64_t ht_h_xenver_version(ht_machine *m);
int64_t ht_h_xenver_extraversion(ht_machine *m, ht_list buffer);
int64_t ht_h_xenver_compile_info(ht_machine *m, ht_list buffer);
int64_t ht_h_xenver_capabilities(ht_machine *m, ht_list buffer);
int64_t ht_h_xenver_changeset(ht_machine *m, ht_list buffer);
int64_t ht_h_xenver_platform_parameters(ht_machine *m, uint64_t *virt_start);
int64_t ht_h_xenver_get_features(ht_machine *m, uint32_t submap_idx, uint64_t *submap);
int64_t ht_h_xenver_pagesize(ht_machine *m, uint64_t arg);
int64_t ht_h_xenver_guest_handle(ht_machine *m, ht_list buffer);
int64_t ht_h_xenver_commandline(ht_machine *m, ht_list buffer);
int64_t ht_h_xenver_raw(ht_machine *m, uint32_t cmd);
/* multicall (csrc/multicall.c) */
int64_t ht_h_multicall(ht_machine *m, ht_list calls, uint32_t nr_calls);
/* pvonly (csrc/pvonly.c) */
int64_t ht_h_set_trap_table(ht_machine *m, uint64_t table);
int64_t ht_h_mmu_update(ht_machine *m, uint64_t req, uint32_t count, uint64_t pdone,
                        uint16_t foreigndom);
int64_t ht_h_set_gdt(ht_machine *m, uint64_t frame_list, uint32_t entries);
int64_t ht_h_stack_switch(ht_machine *m, uint64_t ss, uint64_t esp);
int64_t ht_h_set_callbacks(ht_machine *m, uint64_t event_address, uint64_t failsafe_address,
                           uint64_t syscall_address);
int64_t ht_h_fpu_taskswitch(ht_machine *m, uint32_t set);
int64_t ht_h_set_debugreg(ht_machine *m, uint32_t reg, uint64_t value);
int64_t ht_h_get_debugreg(ht_machine *m, uint32_t reg);
int64_t ht_h_update_descriptor(ht_machine *m, uint64_t ma, uint64_t desc);
int64_t ht_h_update_va_mapping(ht_machine *m, uint64_t va, uint64_t val, uint64_t flags);
int64_t ht_h_iret(ht_machine *m);
int64_t ht_h_set_segment_base(ht_machine *m, uint32_t which, uint64_t base);
int64_t ht_h_mmuext_op(ht_machine *m, uint64_t ops, uint32_t count, uint64_t pdone,
                       uint16_t foreigndom);
int64_t ht_h_physdev_set_iopl(ht_machine *m, uint64_t arg);
int64_t ht_h_physdev_irq_unmask_notify(ht_machine *m);
int64_t ht_h_physdev_set_iobitmap(ht_machine *m, uint64_t bitmap, uint32_t nr_ports);
int64_t ht_h_physdev_apic_read(ht_machine *m, uint64_t apic_physbase, uint32_t reg);
int64_t ht_h_physdev_apic_write(ht_machine *m, uint64_t apic_physbase, uint32_t reg, uint32_t value);
int64_t ht_h_physdev_alloc_irq_vector(ht_machine *m, uint32_t irq);
int64_t ht_h_physdev_irq_status_query(ht_machine *m, uint32_t irq, uint64_t *flags);
int64_t ht_h_physdev_op_raw(ht_machine *m, uint32_t cmd, uint64_t arg);
int64_t ht_h_vm_assist(ht_machine *m, uint32_t cmd, uint32_t type);
int64_t ht_h_nmi_op_register(ht_machine *m, uint64_t handler_address);
int64_t ht_h_nmi_op_unregister(ht_machine *m);
int64_t ht_h_console_io_write(ht_machine *m, uint32_t count, ht_list buffer);
int64_t ht_h_console_io_read(ht_machine *m, uint32_t count, ht_list buffer);
int64_t ht_h_console_io_raw(ht_machine *m, uint32_t cmd, uint32_t count);
int64_t ht_h_hypercall_raw(ht_machine *m, uint64_t op, uint64_t a0, uint64_t a1, uint64_t a2,
                           uint64_t a3, uint64_t a4);
int64_t ht_h_serial_input(ht_machine *m, uint32_t count, ht_list chars);
int64_t ht_h_serial_output(ht_machine *m, uint32_t count, ht_list chars);
/* gntbytes (csrc/gntbytes.c) */
int64_t ht_h_grant_entry_write(ht_machine *m, uint16_t domid, uint32_t gref, uint32_t flags,
                               uint16_t grantee, uint64_t frame);
/* gntsize (csrc/gntsize.c) */
int64_t ht_h_gnttab_setup_table(ht_machine *m, uint32_t count, uint16_t dom, uint32_t nr_frames,
                                ht_list frame_list, uint64_t *status);
int64_t ht_h_gnttab_query_size(ht_machine *m, uint32_t count, uint16_t dom, uint64_t *nr_frames,
                               uint64_t *max_nr_frames, uint64_t *status);

#endif
