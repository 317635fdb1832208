/* Automatically generated from haptrace.abi by haptrace.catalogue.generate; DO NOT EDIT. */
#ifndef HT_ABI_H
#define HT_ABI_H

#include <stdint.h>

#include "ht_catalogue.h"

#define HT_ABI_COUNT 1
#define HT_ABI_4_17 0 /* Xen 4.17 as Debian's xen-utils-4.17 and libxen-dev 4.17 use it (x86_64) */
#define HT_ABI_MAX_COMMAND 128
#define HT_ABI_MAX_LISTS 2
#define HT_ABI_MAX_SELECT 2
#define HT_ABI_MAX_REQUIRE_ZERO 4
#define HT_ABI_MAX_STRUCT 144
#define HT_ABI_POOL_WORDS 32768 /* the most words one call's lists can take */

enum ht_abi_frame_kind { HT_ABI_FRAME_MEMORY_OP, HT_ABI_FRAME_STRUCT, HT_ABI_FRAME_OP_ARG, HT_ABI_FRAME_MULTICALL };
enum ht_abi_src_kind { HT_ABI_SRC_NONE, HT_ABI_SRC_ARG, HT_ABI_SRC_HEADER, HT_ABI_SRC_CONST };
enum ht_abi_action { HT_ABI_ACT_RUN, HT_ABI_ACT_ANSWER, HT_ABI_ACT_UNSUPPORTED };
enum ht_abi_copyback { HT_ABI_COPYBACK_NONE, HT_ABI_COPYBACK_WHOLE, HT_ABI_COPYBACK_FIELDS };

/* A value: a field of the command's struct (ARG) or of the frame's (HEADER), read
 * little endian and never sign-extended, or a constant. */
struct ht_abi_src {
    uint8_t kind;      /* HT_ABI_SRC_* */
    uint8_t size;      /* bytes */
    uint16_t offset;
    uint32_t value;    /* HT_ABI_SRC_CONST */
};

/* A catalogue list from the caller's arrays (no handles: the command's struct is the
 * one element), element field f at field_offset[f] of array handle[f] (struct
 * elements: every field from handle[0]), stride bytes apart. */
struct ht_abi_list {
    uint8_t slot;          /* the catalogue argument slot */
    uint8_t nhandles;
    uint8_t null_empty;    /* a NULL handle is an empty list Xen skips */
    uint8_t zero;          /* a written element is zeroed first (a memset record) */
    uint8_t pv_frames;     /* a PV target's populated extents' mfns go back */
    uint8_t pad[3];
    uint32_t stride;       /* bytes per element in the caller's array */
    struct ht_abi_src handle[HT_MAX_FIELDS];
    struct ht_abi_src count;
    uint16_t field_offset[HT_MAX_FIELDS];
    uint8_t field_size[HT_MAX_FIELDS];
    uint8_t field_array[HT_MAX_FIELDS]; /* which handle holds the field */
    uint32_t array_stride[HT_MAX_FIELDS];
};

/* Where an output goes: a field of the local copy of the command's or the frame's
 * struct; list >= 0: the output is field list_field of that list's element 0.
 * cond != 0: placed only when output cond - 1 has a value whose bit is set in
 * cond_values (a union member Xen's switch writes for some statuses only). */
struct ht_abi_out {
    uint8_t output;
    int8_t list;
    uint8_t list_field;
    uint8_t where;         /* HT_ABI_SRC_ARG or HT_ABI_SRC_HEADER */
    uint16_t offset;
    uint8_t size;
    uint8_t cond;
    uint32_t cond_values;
};

struct ht_abi_select {
    uint16_t offset;
    uint8_t size;
    uint8_t nonzero;       /* 1: the field is not 0; 0: it equals value */
    uint32_t pad;
    uint64_t value;
};

/* What match() reads of each rule, kept apart from the rules (small and contiguous:
 * scanning a command's rules touches one or two cache lines). */
struct ht_abi_match {
    uint8_t nselect;
    uint8_t pad;
    uint16_t struct_size;
    struct {
        uint16_t offset;
        uint8_t size;
        uint8_t nonzero;
        uint32_t value;
    } select[HT_ABI_MAX_SELECT];
};

struct ht_abi_rule {
    uint16_t call;         /* HT_CALL_* (HT_ABI_ACT_RUN) */
    uint8_t action;        /* HT_ABI_ACT_* */
    uint8_t nselect;
    uint16_t struct_size;  /* the command's struct, read whole (0: none) */
    uint16_t reason;       /* HT_R_* of an answer or an unsupported outcome */
    int32_t err;           /* the errno of an answer */
    uint8_t copyback;      /* HT_ABI_COPYBACK_* */
    uint8_t when_zero;     /* copy back when raw == 0 (else when raw >= 0) */
    uint8_t zero_struct;   /* zero the command's struct before the outputs */
    uint8_t has_continuation;
    int32_t cont_err;      /* start_extent != 0: this errno (has_continuation) */
    uint16_t cont_reason;
    uint8_t nlists, nouts, nzero;
    uint8_t has_arg_check; /* the hypercall's argument arg_index must be arg_value */
    uint8_t arg_index, arg_size;
    uint16_t arg_reason;   /* else -arg_err with this HT_R_* */
    uint32_t arg_value;
    int32_t arg_err;
    struct ht_abi_select select[HT_ABI_MAX_SELECT];
    struct ht_abi_src arg[HT_MAX_ARGS];
    const struct ht_abi_list *list;  /* nlists of them */
    struct ht_abi_out out[HT_MAX_OUTS + HT_ABI_MAX_LISTS];
    struct ht_abi_src require_zero[HT_ABI_MAX_REQUIRE_ZERO];
    const char *name;      /* hypercall/command[/sub-op] for reports */
};

struct ht_abi_frame {
    uint32_t hypercall;
    uint8_t kind;          /* HT_ABI_FRAME_* */
    uint8_t unknown_enosys; /* an unknown command is -ENOSYS (else unsupported) */
    uint16_t header_size;  /* HT_ABI_FRAME_STRUCT: the frame's struct */
    uint16_t cmd_offset, version_offset, union_offset;
    uint8_t cmd_size, pad;
    uint32_t version;      /* the interface version the frame requires */
    uint8_t known[HT_ABI_MAX_COMMAND];      /* the commands this Xen defines */
    uint16_t first_rule[HT_ABI_MAX_COMMAND];
    uint8_t nrules[HT_ABI_MAX_COMMAND];
};

struct ht_abi_version {
    const char *name;
    const struct ht_abi_frame *frames;
    uint32_t nframes;
    uint32_t memop_shift;  /* MEMOP_EXTENT_SHIFT */
    const struct ht_abi_rule *rules;
    const struct ht_abi_match *matches;  /* one per rule */
    uint32_t nrules;
    uint32_t nhypercalls;  /* numbers below this may be served */
    const uint8_t *served; /* 1: a hypercall this Xen's PV table serves */
    const uint8_t *frame_of; /* 1 + the frame of a served hypercall, 0: none */
    uint32_t entry_size, entry_op, entry_result, entry_args;  /* multicall_entry */
    const uint16_t *noop_reasons;
    uint32_t nnoop;
};

extern const struct ht_abi_version ht_abi_versions[HT_ABI_COUNT];

#endif
