/* Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT. */
#include "ht_handlers.h"

/* Documented errnos per call and profile, ascending. */
static const uint16_t codes_0_doc[] = {1, 3, 13, 18, 19, 38};
static const uint16_t codes_0_xen_4_2[] = {1, 3, 13, 18, 19, 38};
static const uint16_t codes_1_doc[] = {1, 2, 3, 12, 13, 19, 22, 28, 38};
static const uint16_t codes_1_xen_4_2[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 38};
static const uint16_t codes_2_doc[] = {1, 3, 13, 16, 19, 22, 38};
static const uint16_t codes_2_xen_4_2[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_3_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_3_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_4_doc[] = {1, 2, 3, 7, 12, 17, 19, 22, 38};
static const uint16_t codes_4_xen_4_2[] = {1, 2, 3, 7, 12, 17, 19, 22, 38};
static const uint16_t codes_5_doc[] = {1, 2, 3, 7, 12, 17, 19, 22, 38};
static const uint16_t codes_5_xen_4_2[] = {1, 2, 3, 7, 12, 17, 19, 22, 38};
static const uint16_t codes_6_doc[] = {1, 3, 9, 10, 19, 22, 38};
static const uint16_t codes_6_xen_4_2[] = {1, 3, 9, 10, 19, 22, 38};
static const uint16_t codes_7_doc[] = {1, 3, 9, 10, 19, 22, 38};
static const uint16_t codes_7_xen_4_2[] = {1, 3, 9, 10, 19, 22, 38};
static const uint16_t codes_8_doc[] = {1, 2, 3, 9, 10, 12, 19, 22, 38};
static const uint16_t codes_8_xen_4_2[] = {1, 2, 3, 9, 10, 12, 19, 22, 38};
static const uint16_t codes_9_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_9_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_10_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_10_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_11_doc[] = {38};
static const uint16_t codes_11_xen_4_2[] = {38};
static const uint16_t codes_12_doc[] = {38};
static const uint16_t codes_12_xen_4_2[] = {38};
static const uint16_t codes_13_doc[] = {38};
static const uint16_t codes_13_xen_4_2[] = {38};
static const uint16_t codes_14_doc[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 31, 38};
static const uint16_t codes_14_xen_4_2[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 31, 38};
static const uint16_t codes_15_doc[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_15_xen_4_2[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_16_doc[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_16_xen_4_2[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_17_doc[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_17_xen_4_2[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_18_doc[] = {1, 2, 3, 19, 22, 38};
static const uint16_t codes_18_xen_4_2[] = {1, 2, 3, 19, 22, 38};
static const uint16_t codes_19_doc[] = {1, 2, 3, 12, 14, 19, 22, 38};
static const uint16_t codes_19_xen_4_2[] = {1, 2, 3, 12, 14, 19, 22, 38};
static const uint16_t codes_20_doc[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 38};
static const uint16_t codes_20_xen_4_2[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 38};
static const uint16_t codes_21_doc[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_21_xen_4_2[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_22_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_22_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_23_doc[] = {1, 3, 12, 13, 22, 38};
static const uint16_t codes_23_xen_4_2[] = {1, 3, 12, 13, 22, 38};
static const uint16_t codes_24_doc[] = {1, 3, 13, 22, 34, 38};
static const uint16_t codes_24_xen_4_2[] = {1, 3, 13, 22, 34, 38};
static const uint16_t codes_25_doc[] = {13};
static const uint16_t codes_25_xen_4_2[] = {13};
static const uint16_t codes_26_doc[] = {13};
static const uint16_t codes_26_xen_4_2[] = {13};
static const uint16_t codes_27_doc[] = {13};
static const uint16_t codes_27_xen_4_2[] = {13};
static const uint16_t codes_28_doc[] = {1, 3, 13};
static const uint16_t codes_28_xen_4_2[] = {1, 3, 13};
static const uint16_t codes_29_doc[] = {1, 3, 13};
static const uint16_t codes_29_xen_4_2[] = {1, 3, 13};
static const uint16_t codes_30_doc[] = {0};
static const uint16_t codes_30_xen_4_2[] = {0};
static const uint16_t codes_31_doc[] = {1, 2, 3, 13};
static const uint16_t codes_31_xen_4_2[] = {1, 2, 3, 13};
static const uint16_t codes_32_doc[] = {1, 3, 13};
static const uint16_t codes_32_xen_4_2[] = {1, 3, 13};
static const uint16_t codes_33_doc[] = {1, 3, 13};
static const uint16_t codes_33_xen_4_2[] = {1, 3, 13};
static const uint16_t codes_34_doc[] = {1, 3, 13, 22};
static const uint16_t codes_34_xen_4_2[] = {1, 3, 13, 22};
static const uint16_t codes_35_doc[] = {1, 3, 13, 22};
static const uint16_t codes_35_xen_4_2[] = {1, 3, 13, 22};
static const uint16_t codes_36_doc[] = {12, 17, 22};
static const uint16_t codes_36_xen_4_2[] = {12, 17, 22};
static const uint16_t codes_37_doc[] = {3, 22};
static const uint16_t codes_37_xen_4_2[] = {3, 22};
static const uint16_t codes_38_doc[] = {3, 22};
static const uint16_t codes_38_xen_4_2[] = {3, 22};
static const uint16_t codes_39_doc[] = {1, 3, 13, 22};
static const uint16_t codes_39_xen_4_2[] = {1, 3, 13, 22};
static const uint16_t codes_40_doc[] = {1, 13, 18, 19, 22, 28};
static const uint16_t codes_40_xen_4_2[] = {1, 13, 18, 19, 22, 28};
static const uint16_t codes_41_doc[] = {1, 3, 13, 22};
static const uint16_t codes_41_xen_4_2[] = {1, 3, 13, 22};
static const uint16_t codes_42_doc[] = {3, 22};
static const uint16_t codes_42_xen_4_2[] = {3, 22};
static const uint16_t codes_43_doc[] = {1, 3, 16, 22};
static const uint16_t codes_43_xen_4_2[] = {1, 3, 16, 22};
static const uint16_t codes_44_doc[] = {2, 3, 11, 14, 16, 22};
static const uint16_t codes_44_xen_4_2[] = {2, 3, 11, 14, 16, 22};
static const uint16_t codes_45_doc[] = {2, 3, 11, 12, 14, 16, 22};
static const uint16_t codes_45_xen_4_2[] = {2, 3, 11, 12, 14, 16, 22};
static const uint16_t codes_46_doc[] = {2, 3, 12, 22, 28};
static const uint16_t codes_46_xen_4_2[] = {2, 3, 12, 22, 28};
static const uint16_t codes_47_doc[] = {22};
static const uint16_t codes_47_xen_4_2[] = {22};
static const uint16_t codes_48_doc[] = {3, 22, 28};
static const uint16_t codes_48_xen_4_2[] = {3, 22, 28};
static const uint16_t codes_49_doc[] = {3, 16, 22};
static const uint16_t codes_49_xen_4_2[] = {3, 16, 22};
static const uint16_t codes_50_doc[] = {1, 3, 11, 22, 28};
static const uint16_t codes_50_xen_4_2[] = {1, 3, 11, 22, 28};
static const uint16_t codes_51_doc[] = {22};
static const uint16_t codes_51_xen_4_2[] = {22};
static const uint16_t codes_52_doc[] = {3, 19, 22, 61};
static const uint16_t codes_52_xen_4_2[] = {3, 19, 22, 61};
static const uint16_t codes_53_doc[] = {3, 19, 22, 28};
static const uint16_t codes_53_xen_4_2[] = {3, 19, 22, 28};
static const uint16_t codes_54_doc[] = {3, 22};
static const uint16_t codes_54_xen_4_2[] = {3, 22};
static const uint16_t codes_55_doc[] = {3};
static const uint16_t codes_55_xen_4_2[] = {3};
static const uint16_t codes_56_doc[] = {22};
static const uint16_t codes_56_xen_4_2[] = {22};
static const uint16_t codes_57_doc[] = {1, 3, 12, 13, 14, 22, 28};
static const uint16_t codes_57_xen_4_2[] = {1, 3, 12, 13, 14, 22, 28};
static const uint16_t codes_58_doc[] = {3, 12, 13, 14, 22, 28};
static const uint16_t codes_58_xen_4_2[] = {3, 12, 13, 14, 22, 28};
static const uint16_t codes_59_doc[] = {2, 12, 14, 17, 22, 28};
static const uint16_t codes_59_xen_4_2[] = {2, 12, 14, 17, 22, 28};
static const uint16_t codes_60_doc[] = {2, 12, 14, 22, 28};
static const uint16_t codes_60_xen_4_2[] = {2, 12, 14, 22, 28};
static const uint16_t codes_61_doc[] = {1, 12, 14, 17, 22, 28};
static const uint16_t codes_61_xen_4_2[] = {1, 12, 14, 17, 22, 28};
static const uint16_t codes_62_doc[] = {14, 22};
static const uint16_t codes_62_xen_4_2[] = {14, 22};
static const uint16_t codes_63_doc[] = {13, 14, 22};
static const uint16_t codes_63_xen_4_2[] = {13, 14, 22};
static const uint16_t codes_64_doc[] = {1, 3, 13, 14, 22};
static const uint16_t codes_64_xen_4_2[] = {1, 3, 13, 14, 22};
static const uint16_t codes_65_doc[] = {2, 14, 22};
static const uint16_t codes_65_xen_4_2[] = {2, 14, 22};
static const uint16_t codes_66_doc[] = {14, 22};
static const uint16_t codes_66_xen_4_2[] = {14, 22};
static const uint16_t codes_67_doc[] = {1, 3, 13, 14};
static const uint16_t codes_67_xen_4_2[] = {1, 3, 13, 14};
static const uint16_t codes_68_doc[] = {14, 38};
static const uint16_t codes_68_xen_4_2[] = {14, 38};
static const uint16_t codes_69_doc[] = {3, 22};
static const uint16_t codes_69_xen_4_2[] = {3, 22};
static const uint16_t codes_70_doc[] = {3, 22};
static const uint16_t codes_70_xen_4_2[] = {3, 22};
static const uint16_t codes_71_doc[] = {3, 22};
static const uint16_t codes_71_xen_4_2[] = {3, 22};
static const uint16_t codes_72_doc[] = {3, 22};
static const uint16_t codes_72_xen_4_2[] = {3, 22};
static const uint16_t codes_73_doc[] = {3, 22};
static const uint16_t codes_73_xen_4_2[] = {3, 22};
static const uint16_t codes_74_doc[] = {0};
static const uint16_t codes_74_xen_4_2[] = {0};
static const uint16_t codes_75_doc[] = {0};
static const uint16_t codes_75_xen_4_2[] = {0};
static const uint16_t codes_76_doc[] = {14};
static const uint16_t codes_76_xen_4_2[] = {14};
static const uint16_t codes_77_doc[] = {14};
static const uint16_t codes_77_xen_4_2[] = {14};
static const uint16_t codes_78_doc[] = {14, 22};
static const uint16_t codes_78_xen_4_2[] = {14, 22};
static const uint16_t codes_79_doc[] = {1, 3, 13, 14};
static const uint16_t codes_79_xen_4_2[] = {1, 3, 13, 14};
static const uint16_t codes_80_doc[] = {14, 22, 28};
static const uint16_t codes_80_xen_4_2[] = {14, 22, 28};
static const uint16_t codes_81_doc[] = {14, 38};
static const uint16_t codes_81_xen_4_2[] = {14, 38};
static const uint16_t codes_82_doc[] = {1, 3, 13};
static const uint16_t codes_82_xen_4_2[] = {1, 3, 13};
static const uint16_t codes_83_doc[] = {3, 22};
static const uint16_t codes_83_xen_4_2[] = {3, 22};
static const uint16_t codes_84_doc[] = {3, 22};
static const uint16_t codes_84_xen_4_2[] = {3, 22};

const struct ht_call_desc ht_calls[HT_NCALLS] = {
    [HT_CALL_memshr_control] = {
        "memshr_control", 0, 0, 2, 0, HT_FAMILY_SHARING, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_0_doc, codes_0_xen_4_2},
        {6, 6},
    },
    [HT_CALL_memshr_ring_enable] = {
        "memshr_ring_enable", 0, 0, 1, 1, HT_FAMILY_SHARING, 0, 2, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_1_doc, codes_1_xen_4_2},
        {9, 10},
    },
    [HT_CALL_memshr_ring_disable] = {
        "memshr_ring_disable", 0, 0, 1, 0, HT_FAMILY_SHARING, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_2_doc, codes_2_xen_4_2},
        {7, 6},
    },
    [HT_CALL_memshr_domain_resume] = {
        "memshr_domain_resume", 0, 0, 1, 0, HT_FAMILY_SHARING, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_3_doc, codes_3_xen_4_2},
        {5, 5},
    },
    [HT_CALL_memshr_nominate_gfn] = {
        "memshr_nominate_gfn", 0, 0, 2, 1, HT_FAMILY_SHARING, 0, 2, 0,
        {16, 64, 0, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {64, 0, 0, 0, 0, 0},
        {3, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_4_doc, codes_4_xen_4_2},
        {9, 9},
    },
    [HT_CALL_memshr_nominate_gref] = {
        "memshr_nominate_gref", 0, 0, 2, 1, HT_FAMILY_SHARING, 0, 3, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 4, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {64, 0, 0, 0, 0, 0},
        {3, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_5_doc, codes_5_xen_4_2},
        {9, 9},
    },
    [HT_CALL_memshr_share_gfns] = {
        "memshr_share_gfns", 0, 0, 6, 0, HT_FAMILY_SHARING, 0, 1, 0,
        {16, 64, 64, 16, 64, 64, 0, 0},
        {1, 2, 3, 1, 2, 3, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_6_doc, codes_6_xen_4_2},
        {7, 7},
    },
    [HT_CALL_memshr_share_grefs] = {
        "memshr_share_grefs", 0, 0, 6, 0, HT_FAMILY_SHARING, 0, 1, 0,
        {16, 32, 64, 16, 32, 64, 0, 0},
        {1, 4, 3, 1, 4, 3, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_7_doc, codes_7_xen_4_2},
        {7, 7},
    },
    [HT_CALL_memshr_add_to_physmap] = {
        "memshr_add_to_physmap", 0, 0, 5, 0, HT_FAMILY_SHARING, 0, 1, 0,
        {16, 64, 64, 16, 64, 0, 0, 0},
        {1, 2, 3, 1, 2, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_8_doc, codes_8_xen_4_2},
        {9, 9},
    },
    [HT_CALL_memshr_debug_gfn] = {
        "memshr_debug_gfn", 0, 1, 2, 0, HT_FAMILY_SHARING, 0, 0, 0,
        {16, 64, 0, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_9_doc, codes_9_xen_4_2},
        {5, 5},
    },
    [HT_CALL_memshr_debug_gref] = {
        "memshr_debug_gref", 0, 1, 2, 0, HT_FAMILY_SHARING, 0, 1, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 4, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_10_doc, codes_10_xen_4_2},
        {5, 5},
    },
    [HT_CALL_memshr_audit] = {
        "memshr_audit", 0, 1, 0, 0, HT_FAMILY_SHARING, 0, 0, 0,
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_11_doc, codes_11_xen_4_2},
        {1, 1},
    },
    [HT_CALL_sharing_freed_pages] = {
        "sharing_freed_pages", 0, 1, 0, 0, HT_FAMILY_SHARING, 0, 0, 0,
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_12_doc, codes_12_xen_4_2},
        {1, 1},
    },
    [HT_CALL_sharing_used_frames] = {
        "sharing_used_frames", 0, 1, 0, 0, HT_FAMILY_SHARING, 0, 0, 0,
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_13_doc, codes_13_xen_4_2},
        {1, 1},
    },
    [HT_CALL_mem_paging_enable] = {
        "mem_paging_enable", 0, 0, 1, 1, HT_FAMILY_PAGING, 0, 2, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_14_doc, codes_14_xen_4_2},
        {11, 11},
    },
    [HT_CALL_mem_paging_disable] = {
        "mem_paging_disable", 0, 0, 1, 0, HT_FAMILY_PAGING, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_15_doc, codes_15_xen_4_2},
        {6, 6},
    },
    [HT_CALL_mem_paging_nominate] = {
        "mem_paging_nominate", 0, 0, 2, 0, HT_FAMILY_PAGING, 0, 0, 0,
        {16, 64, 0, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_16_doc, codes_16_xen_4_2},
        {6, 6},
    },
    [HT_CALL_mem_paging_evict] = {
        "mem_paging_evict", 0, 0, 2, 0, HT_FAMILY_PAGING, 0, 0, 0,
        {16, 64, 0, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_17_doc, codes_17_xen_4_2},
        {6, 6},
    },
    [HT_CALL_mem_paging_prep] = {
        "mem_paging_prep", 0, 0, 2, 0, HT_FAMILY_PAGING, 0, 0, 0,
        {16, 64, 0, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_18_doc, codes_18_xen_4_2},
        {6, 6},
    },
    [HT_CALL_mem_paging_load] = {
        "mem_paging_load", 0, 0, 3, 0, HT_FAMILY_PAGING, 0, 0, 0,
        {16, 64, 64, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_19_doc, codes_19_xen_4_2},
        {8, 8},
    },
    [HT_CALL_mem_access_enable] = {
        "mem_access_enable", 0, 0, 1, 1, HT_FAMILY_ACCESS, 0, 2, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_20_doc, codes_20_xen_4_2},
        {10, 10},
    },
    [HT_CALL_mem_access_disable] = {
        "mem_access_disable", 0, 0, 1, 0, HT_FAMILY_ACCESS, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_21_doc, codes_21_xen_4_2},
        {6, 6},
    },
    [HT_CALL_mem_access_resume] = {
        "mem_access_resume", 0, 0, 2, 0, HT_FAMILY_ACCESS, 0, 0, 0,
        {16, 64, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_22_doc, codes_22_xen_4_2},
        {5, 5},
    },
    [HT_CALL_hvm_set_mem_access] = {
        "hvm_set_mem_access", 0, 0, 4, 0, HT_FAMILY_ACCESS, 0, 0, 0,
        {16, 32, 64, 64, 0, 0, 0, 0},
        {1, 0, 2, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 11, 0, 0, 0, 0, 0, 0},
        {codes_23_doc, codes_23_xen_4_2},
        {6, 6},
    },
    [HT_CALL_hvm_get_mem_access] = {
        "hvm_get_mem_access", 0, 0, 2, 1, HT_FAMILY_ACCESS, 0, 0, 0,
        {16, 64, 0, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_24_doc, codes_24_xen_4_2},
        {6, 6},
    },
    [HT_CALL_increase_reservation] = {
        "increase_reservation", 0, 2, 5, 0, HT_FAMILY_MEMORY, 2, 2, 1,
        {16, 64, 32, 32, 64, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 1, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 255, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_25_doc, codes_25_xen_4_2},
        {1, 1},
    },
    [HT_CALL_decrease_reservation] = {
        "decrease_reservation", 0, 2, 4, 0, HT_FAMILY_MEMORY, 2, 0, 1,
        {16, 64, 32, 64, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 2, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_26_doc, codes_26_xen_4_2},
        {1, 1},
    },
    [HT_CALL_populate_physmap] = {
        "populate_physmap", 0, 2, 5, 0, HT_FAMILY_MEMORY, 2, 0, 1,
        {16, 64, 32, 32, 64, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 3, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 255, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_27_doc, codes_27_xen_4_2},
        {1, 1},
    },
    [HT_CALL_current_reservation] = {
        "current_reservation", 0, 1, 1, 0, HT_FAMILY_MEMORY, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_28_doc, codes_28_xen_4_2},
        {3, 3},
    },
    [HT_CALL_maximum_reservation] = {
        "maximum_reservation", 0, 1, 1, 0, HT_FAMILY_MEMORY, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_29_doc, codes_29_xen_4_2},
        {3, 3},
    },
    [HT_CALL_maximum_ram_page] = {
        "maximum_ram_page", 0, 1, 0, 0, HT_FAMILY_MEMORY, 0, 0, 0,
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_30_doc, codes_30_xen_4_2},
        {0, 0},
    },
    [HT_CALL_remove_from_physmap] = {
        "remove_from_physmap", 0, 0, 2, 0, HT_FAMILY_MEMORY, 0, 0, 0,
        {16, 64, 0, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_31_doc, codes_31_xen_4_2},
        {4, 4},
    },
    [HT_CALL_domain_getinfo] = {
        "domain_getinfo", 0, 1, 1, 6, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {16, 32, 64, 64, 64, 64},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_32_doc, codes_32_xen_4_2},
        {3, 3},
    },
    [HT_CALL_domain_setmaxmem] = {
        "domain_setmaxmem", 0, 0, 2, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_33_doc, codes_33_xen_4_2},
        {3, 3},
    },
    [HT_CALL_domain_pause] = {
        "domain_pause", 0, 0, 1, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_34_doc, codes_34_xen_4_2},
        {4, 4},
    },
    [HT_CALL_domain_unpause] = {
        "domain_unpause", 0, 0, 1, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_35_doc, codes_35_xen_4_2},
        {4, 4},
    },
    [HT_CALL_domain_create] = {
        "domain_create", 1, 0, 6, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 64, 64, 64, 32, 32, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 255, 255, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 4, 0, 0},
        {codes_36_doc, codes_36_xen_4_2},
        {3, 3},
    },
    [HT_CALL_domain_destroy] = {
        "domain_destroy", 1, 0, 1, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_37_doc, codes_37_xen_4_2},
        {2, 2},
    },
    [HT_CALL_caller_privilege] = {
        "caller_privilege", 1, 0, 2, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {codes_38_doc, codes_38_xen_4_2},
        {2, 2},
    },
    [HT_CALL_set_hvm_param] = {
        "set_hvm_param", 1, 0, 3, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 32, 64, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 27, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {codes_39_doc, codes_39_xen_4_2},
        {4, 4},
    },
    [HT_CALL_assign_device] = {
        "assign_device", 1, 0, 2, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_40_doc, codes_40_xen_4_2},
        {6, 6},
    },
    [HT_CALL_hvm_set_mem_type] = {
        "hvm_set_mem_type", 1, 0, 4, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 32, 64, 64, 0, 0, 0, 0},
        {1, 0, 2, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {codes_41_doc, codes_41_xen_4_2},
        {4, 4},
    },
    [HT_CALL_shadow_logdirty] = {
        "shadow_logdirty", 1, 0, 2, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_42_doc, codes_42_xen_4_2},
        {2, 2},
    },
    [HT_CALL_domain_memory_mapping] = {
        "domain_memory_mapping", 1, 0, 5, 0, HT_FAMILY_DOMAIN, 0, 0, 0,
        {16, 64, 64, 64, 32, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_43_doc, codes_43_xen_4_2},
        {4, 4},
    },
    [HT_CALL_guest_read] = {
        "guest_read", 1, 0, 3, 1, HT_FAMILY_GUEST, 0, 0, 0,
        {16, 64, 32, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_44_doc, codes_44_xen_4_2},
        {6, 6},
    },
    [HT_CALL_guest_write] = {
        "guest_write", 1, 0, 4, 0, HT_FAMILY_GUEST, 0, 0, 0,
        {16, 64, 32, 32, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_45_doc, codes_45_xen_4_2},
        {7, 7},
    },
    [HT_CALL_foreign_map] = {
        "foreign_map", 1, 0, 3, 1, HT_FAMILY_GUEST, 0, 2, 0,
        {16, 64, 32, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {6, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_46_doc, codes_46_xen_4_2},
        {5, 5},
    },
    [HT_CALL_foreign_unmap] = {
        "foreign_unmap", 1, 0, 1, 0, HT_FAMILY_GUEST, 0, 1, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {6, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_47_doc, codes_47_xen_4_2},
        {1, 1},
    },
    [HT_CALL_grant_access] = {
        "grant_access", 1, 0, 3, 1, HT_FAMILY_GUEST, 0, 2, 0,
        {16, 64, 32, 0, 0, 0, 0, 0},
        {1, 2, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {4, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_48_doc, codes_48_xen_4_2},
        {3, 3},
    },
    [HT_CALL_grant_end_access] = {
        "grant_end_access", 1, 0, 2, 0, HT_FAMILY_GUEST, 0, 1, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 4, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_49_doc, codes_49_xen_4_2},
        {3, 3},
    },
    [HT_CALL_grant_map] = {
        "grant_map", 1, 0, 3, 1, HT_FAMILY_GUEST, 0, 3, 0,
        {16, 32, 32, 0, 0, 0, 0, 0},
        {1, 4, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {6, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_50_doc, codes_50_xen_4_2},
        {5, 5},
    },
    [HT_CALL_grant_unmap] = {
        "grant_unmap", 1, 0, 1, 0, HT_FAMILY_GUEST, 0, 1, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {6, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_51_doc, codes_51_xen_4_2},
        {1, 1},
    },
    [HT_CALL_ring_get_request] = {
        "ring_get_request", 1, 0, 2, 4, HT_FAMILY_RING, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {64, 32, 32, 32, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {codes_52_doc, codes_52_xen_4_2},
        {4, 4},
    },
    [HT_CALL_ring_put_response] = {
        "ring_put_response", 1, 0, 5, 0, HT_FAMILY_RING, 0, 0, 0,
        {16, 32, 64, 32, 32, 0, 0, 0},
        {1, 0, 2, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 16, 0, 0, 0},
        {codes_53_doc, codes_53_xen_4_2},
        {4, 4},
    },
    [HT_CALL_evtchn_send] = {
        "evtchn_send", 1, 0, 2, 0, HT_FAMILY_RING, 0, 1, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 5, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_54_doc, codes_54_xen_4_2},
        {2, 2},
    },
    [HT_CALL_domain_set_max_evtchn] = {
        "domain_set_max_evtchn", 1, 0, 2, 0, HT_FAMILY_RING, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_55_doc, codes_55_xen_4_2},
        {1, 1},
    },
    [HT_CALL_inject_fault] = {
        "inject_fault", 1, 0, 2, 0, HT_FAMILY_FAULT, 0, 0, 0,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0, 0, 0},
        {codes_56_doc, codes_56_xen_4_2},
        {1, 1},
    },
    [HT_CALL_evtchn_alloc_unbound] = {
        "evtchn_alloc_unbound", 0, 0, 2, 1, HT_FAMILY_EVTCHN, 2, 2, 0,
        {16, 16, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_57_doc, codes_57_xen_4_2},
        {7, 7},
    },
    [HT_CALL_evtchn_bind_interdomain] = {
        "evtchn_bind_interdomain", 0, 0, 2, 1, HT_FAMILY_EVTCHN, 2, 3, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 5, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_58_doc, codes_58_xen_4_2},
        {6, 6},
    },
    [HT_CALL_evtchn_bind_virq] = {
        "evtchn_bind_virq", 0, 0, 2, 1, HT_FAMILY_EVTCHN, 1, 2, 0,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {24, 0, 0, 0, 0, 0, 0, 0},
        {codes_59_doc, codes_59_xen_4_2},
        {6, 6},
    },
    [HT_CALL_evtchn_bind_ipi] = {
        "evtchn_bind_ipi", 0, 0, 1, 1, HT_FAMILY_EVTCHN, 1, 2, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_60_doc, codes_60_xen_4_2},
        {5, 5},
    },
    [HT_CALL_evtchn_bind_pirq] = {
        "evtchn_bind_pirq", 0, 0, 2, 1, HT_FAMILY_EVTCHN, 1, 2, 0,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_61_doc, codes_61_xen_4_2},
        {6, 6},
    },
    [HT_CALL_evtchn_close] = {
        "evtchn_close", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 1, 1, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_62_doc, codes_62_xen_4_2},
        {2, 2},
    },
    [HT_CALL_evtchn_notify] = {
        "evtchn_notify", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 2, 1, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_63_doc, codes_63_xen_4_2},
        {3, 3},
    },
    [HT_CALL_evtchn_status] = {
        "evtchn_status", 0, 0, 2, 5, HT_FAMILY_EVTCHN, 2, 1, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 5, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 32, 16, 32, 32, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_64_doc, codes_64_xen_4_2},
        {5, 5},
    },
    [HT_CALL_evtchn_bind_vcpu] = {
        "evtchn_bind_vcpu", 0, 0, 2, 0, HT_FAMILY_EVTCHN, 1, 1, 0,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_65_doc, codes_65_xen_4_2},
        {3, 3},
    },
    [HT_CALL_evtchn_unmask] = {
        "evtchn_unmask", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 1, 1, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_66_doc, codes_66_xen_4_2},
        {2, 2},
    },
    [HT_CALL_evtchn_reset] = {
        "evtchn_reset", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 2, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_67_doc, codes_67_xen_4_2},
        {4, 4},
    },
    [HT_CALL_evtchn_op_raw] = {
        "evtchn_op_raw", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 2, 0, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {11, 0, 0, 0, 0, 0, 0, 0},
        {codes_68_doc, codes_68_xen_4_2},
        {2, 2},
    },
    [HT_CALL_evtchn_guest_mask] = {
        "evtchn_guest_mask", 1, 0, 3, 0, HT_FAMILY_EVTCHN, 0, 1, 0,
        {16, 32, 32, 0, 0, 0, 0, 0},
        {1, 5, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_69_doc, codes_69_xen_4_2},
        {2, 2},
    },
    [HT_CALL_evtchn_guest_clear] = {
        "evtchn_guest_clear", 1, 0, 2, 0, HT_FAMILY_EVTCHN, 0, 1, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 5, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_70_doc, codes_70_xen_4_2},
        {2, 2},
    },
    [HT_CALL_evtchn_guest_upcall] = {
        "evtchn_guest_upcall", 1, 0, 2, 0, HT_FAMILY_EVTCHN, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_71_doc, codes_71_xen_4_2},
        {2, 2},
    },
    [HT_CALL_evtchn_guest_upcall_mask] = {
        "evtchn_guest_upcall_mask", 1, 0, 3, 0, HT_FAMILY_EVTCHN, 0, 0, 0,
        {16, 32, 32, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_72_doc, codes_72_xen_4_2},
        {2, 2},
    },
    [HT_CALL_evtchn_raise_virq] = {
        "evtchn_raise_virq", 1, 0, 3, 0, HT_FAMILY_EVTCHN, 0, 0, 0,
        {16, 32, 32, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 24, 0, 0, 0, 0, 0, 0},
        {codes_73_doc, codes_73_xen_4_2},
        {2, 2},
    },
    [HT_CALL_sched_yield] = {
        "sched_yield", 0, 0, 0, 0, HT_FAMILY_SCHED, 1, 0, 0,
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_74_doc, codes_74_xen_4_2},
        {0, 0},
    },
    [HT_CALL_sched_block] = {
        "sched_block", 0, 0, 0, 0, HT_FAMILY_SCHED, 1, 0, 0,
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_75_doc, codes_75_xen_4_2},
        {0, 0},
    },
    [HT_CALL_sched_shutdown] = {
        "sched_shutdown", 0, 0, 1, 0, HT_FAMILY_SCHED, 1, 0, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0, 0, 0},
        {codes_76_doc, codes_76_xen_4_2},
        {1, 1},
    },
    [HT_CALL_sched_shutdown_code] = {
        "sched_shutdown_code", 0, 0, 1, 0, HT_FAMILY_SCHED, 1, 0, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0, 0, 0},
        {codes_77_doc, codes_77_xen_4_2},
        {1, 1},
    },
    [HT_CALL_sched_poll] = {
        "sched_poll", 0, 0, 3, 0, HT_FAMILY_SCHED, 1, 1, 1,
        {64, 32, 64, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {4, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_78_doc, codes_78_xen_4_2},
        {2, 2},
    },
    [HT_CALL_sched_remote_shutdown] = {
        "sched_remote_shutdown", 0, 0, 2, 0, HT_FAMILY_SCHED, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 5, 0, 0, 0, 0, 0, 0},
        {codes_79_doc, codes_79_xen_4_2},
        {4, 4},
    },
    [HT_CALL_sched_watchdog] = {
        "sched_watchdog", 0, 1, 2, 0, HT_FAMILY_SCHED, 1, 0, 0,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_80_doc, codes_80_xen_4_2},
        {3, 3},
    },
    [HT_CALL_sched_op_raw] = {
        "sched_op_raw", 0, 0, 1, 0, HT_FAMILY_SCHED, 1, 0, 0,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {7, 0, 0, 0, 0, 0, 0, 0},
        {codes_81_doc, codes_81_xen_4_2},
        {2, 2},
    },
    [HT_CALL_domain_resume] = {
        "domain_resume", 0, 0, 1, 0, HT_FAMILY_SCHED, 0, 0, 0,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_82_doc, codes_82_xen_4_2},
        {3, 3},
    },
    [HT_CALL_sched_watchdog_expire] = {
        "sched_watchdog_expire", 1, 0, 2, 0, HT_FAMILY_SCHED, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_83_doc, codes_83_xen_4_2},
        {2, 2},
    },
    [HT_CALL_sched_poll_timeout] = {
        "sched_poll_timeout", 1, 0, 2, 0, HT_FAMILY_SCHED, 0, 0, 0,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_84_doc, codes_84_xen_4_2},
        {2, 2},
    },
};

const struct ht_list_desc ht_lists[HT_NLISTS > 0 ? HT_NLISTS : 1] = {
    /* increase_reservation.extent_start */
    {4, 1, HT_DIR_OUT, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {7, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* decrease_reservation.extent_start */
    {3, 1, HT_DIR_IN, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {2, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* populate_physmap.extent_start */
    {4, 1, HT_DIR_IN, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {2, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* sched_poll.ports */
    {0, 1, HT_DIR_IN, 1, 0, 4096,
     {32, 0, 0, 0, 0, 0, 0, 0},
     {5, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
};

/* Glue: argument slots to named, typed handler parameters. */

static int64_t glue_memshr_control(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_control(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_memshr_ring_enable(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_memshr_ring_enable(m, (uint16_t)arg[0], &out[0]);
}

static int64_t glue_memshr_ring_disable(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_ring_disable(m, (uint16_t)arg[0]);
}

static int64_t glue_memshr_domain_resume(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_domain_resume(m, (uint16_t)arg[0]);
}

static int64_t glue_memshr_nominate_gfn(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_memshr_nominate_gfn(m, (uint16_t)arg[0], arg[1], &out[0]);
}

static int64_t glue_memshr_nominate_gref(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_memshr_nominate_gref(m, (uint16_t)arg[0], (uint32_t)arg[1], &out[0]);
}

static int64_t glue_memshr_share_gfns(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_share_gfns(m, (uint16_t)arg[0], arg[1], arg[2], (uint16_t)arg[3], arg[4], arg[5]);
}

static int64_t glue_memshr_share_grefs(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_share_grefs(m, (uint16_t)arg[0], (uint32_t)arg[1], arg[2], (uint16_t)arg[3], (uint32_t)arg[4], arg[5]);
}

static int64_t glue_memshr_add_to_physmap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_add_to_physmap(m, (uint16_t)arg[0], arg[1], arg[2], (uint16_t)arg[3], arg[4]);
}

static int64_t glue_memshr_debug_gfn(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_debug_gfn(m, (uint16_t)arg[0], arg[1]);
}

static int64_t glue_memshr_debug_gref(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_debug_gref(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_memshr_audit(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_memshr_audit(m);
}

static int64_t glue_sharing_freed_pages(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_sharing_freed_pages(m);
}

static int64_t glue_sharing_used_frames(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_sharing_used_frames(m);
}

static int64_t glue_mem_paging_enable(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_mem_paging_enable(m, (uint16_t)arg[0], &out[0]);
}

static int64_t glue_mem_paging_disable(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mem_paging_disable(m, (uint16_t)arg[0]);
}

static int64_t glue_mem_paging_nominate(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mem_paging_nominate(m, (uint16_t)arg[0], arg[1]);
}

static int64_t glue_mem_paging_evict(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mem_paging_evict(m, (uint16_t)arg[0], arg[1]);
}

static int64_t glue_mem_paging_prep(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mem_paging_prep(m, (uint16_t)arg[0], arg[1]);
}

static int64_t glue_mem_paging_load(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mem_paging_load(m, (uint16_t)arg[0], arg[1], arg[2]);
}

static int64_t glue_mem_access_enable(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_mem_access_enable(m, (uint16_t)arg[0], &out[0]);
}

static int64_t glue_mem_access_disable(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mem_access_disable(m, (uint16_t)arg[0]);
}

static int64_t glue_mem_access_resume(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mem_access_resume(m, (uint16_t)arg[0], arg[1]);
}

static int64_t glue_hvm_set_mem_access(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_hvm_set_mem_access(m, (uint16_t)arg[0], (uint32_t)arg[1], arg[2], arg[3]);
}

static int64_t glue_hvm_get_mem_access(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_hvm_get_mem_access(m, (uint16_t)arg[0], arg[1], &out[0]);
}

static int64_t glue_increase_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_increase_reservation(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], (uint32_t)arg[3], ht_list_at(m, arg[4], 0));
}

static int64_t glue_decrease_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_decrease_reservation(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], ht_list_at(m, arg[3], 1));
}

static int64_t glue_populate_physmap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_populate_physmap(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], (uint32_t)arg[3], ht_list_at(m, arg[4], 2));
}

static int64_t glue_current_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_current_reservation(m, (uint16_t)arg[0]);
}

static int64_t glue_maximum_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_maximum_reservation(m, (uint16_t)arg[0]);
}

static int64_t glue_maximum_ram_page(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_maximum_ram_page(m);
}

static int64_t glue_remove_from_physmap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_remove_from_physmap(m, (uint16_t)arg[0], arg[1]);
}

static int64_t glue_domain_getinfo(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_domain_getinfo(m, (uint16_t)arg[0], &out[0], &out[1], &out[2], &out[3], &out[4], &out[5]);
}

static int64_t glue_domain_setmaxmem(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_setmaxmem(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_domain_pause(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_pause(m, (uint16_t)arg[0]);
}

static int64_t glue_domain_unpause(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_unpause(m, (uint16_t)arg[0]);
}

static int64_t glue_domain_create(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_create(m, (uint16_t)arg[0], arg[1], arg[2], arg[3], (uint32_t)arg[4], (uint32_t)arg[5]);
}

static int64_t glue_domain_destroy(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_destroy(m, (uint16_t)arg[0]);
}

static int64_t glue_caller_privilege(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_caller_privilege(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_set_hvm_param(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_set_hvm_param(m, (uint16_t)arg[0], (uint32_t)arg[1], arg[2]);
}

static int64_t glue_assign_device(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_assign_device(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_hvm_set_mem_type(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_hvm_set_mem_type(m, (uint16_t)arg[0], (uint32_t)arg[1], arg[2], arg[3]);
}

static int64_t glue_shadow_logdirty(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_shadow_logdirty(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_domain_memory_mapping(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_memory_mapping(m, (uint16_t)arg[0], arg[1], arg[2], arg[3], (uint32_t)arg[4]);
}

static int64_t glue_guest_read(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_guest_read(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], &out[0]);
}

static int64_t glue_guest_write(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_guest_write(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], (uint32_t)arg[3]);
}

static int64_t glue_foreign_map(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_foreign_map(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], &out[0]);
}

static int64_t glue_foreign_unmap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_foreign_unmap(m, (uint32_t)arg[0]);
}

static int64_t glue_grant_access(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_grant_access(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], &out[0]);
}

static int64_t glue_grant_end_access(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_grant_end_access(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_grant_map(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_grant_map(m, (uint16_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2], &out[0]);
}

static int64_t glue_grant_unmap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_grant_unmap(m, (uint32_t)arg[0]);
}

static int64_t glue_ring_get_request(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_ring_get_request(m, (uint16_t)arg[0], (uint32_t)arg[1], &out[0], &out[1], &out[2], &out[3]);
}

static int64_t glue_ring_put_response(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_ring_put_response(m, (uint16_t)arg[0], (uint32_t)arg[1], arg[2], (uint32_t)arg[3], (uint32_t)arg[4]);
}

static int64_t glue_evtchn_send(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_send(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_domain_set_max_evtchn(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_set_max_evtchn(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_inject_fault(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_inject_fault(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_evtchn_alloc_unbound(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_evtchn_alloc_unbound(m, (uint16_t)arg[0], (uint16_t)arg[1], &out[0]);
}

static int64_t glue_evtchn_bind_interdomain(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_evtchn_bind_interdomain(m, (uint16_t)arg[0], (uint32_t)arg[1], &out[0]);
}

static int64_t glue_evtchn_bind_virq(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_evtchn_bind_virq(m, (uint32_t)arg[0], (uint32_t)arg[1], &out[0]);
}

static int64_t glue_evtchn_bind_ipi(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_evtchn_bind_ipi(m, (uint32_t)arg[0], &out[0]);
}

static int64_t glue_evtchn_bind_pirq(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_evtchn_bind_pirq(m, (uint32_t)arg[0], (uint32_t)arg[1], &out[0]);
}

static int64_t glue_evtchn_close(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_close(m, (uint32_t)arg[0]);
}

static int64_t glue_evtchn_notify(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_notify(m, (uint32_t)arg[0]);
}

static int64_t glue_evtchn_status(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_evtchn_status(m, (uint16_t)arg[0], (uint32_t)arg[1], &out[0], &out[1], &out[2], &out[3], &out[4]);
}

static int64_t glue_evtchn_bind_vcpu(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_bind_vcpu(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_evtchn_unmask(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_unmask(m, (uint32_t)arg[0]);
}

static int64_t glue_evtchn_reset(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_reset(m, (uint16_t)arg[0]);
}

static int64_t glue_evtchn_op_raw(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_op_raw(m, (uint32_t)arg[0]);
}

static int64_t glue_evtchn_guest_mask(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_guest_mask(m, (uint16_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2]);
}

static int64_t glue_evtchn_guest_clear(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_guest_clear(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_evtchn_guest_upcall(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_guest_upcall(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_evtchn_guest_upcall_mask(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_guest_upcall_mask(m, (uint16_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2]);
}

static int64_t glue_evtchn_raise_virq(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_evtchn_raise_virq(m, (uint16_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2]);
}

static int64_t glue_sched_yield(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_sched_yield(m);
}

static int64_t glue_sched_block(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_sched_block(m);
}

static int64_t glue_sched_shutdown(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_sched_shutdown(m, (uint32_t)arg[0]);
}

static int64_t glue_sched_shutdown_code(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_sched_shutdown_code(m, (uint32_t)arg[0]);
}

static int64_t glue_sched_poll(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_sched_poll(m, ht_list_at(m, arg[0], 3), (uint32_t)arg[1], arg[2]);
}

static int64_t glue_sched_remote_shutdown(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_sched_remote_shutdown(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_sched_watchdog(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_sched_watchdog(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_sched_op_raw(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_sched_op_raw(m, (uint32_t)arg[0]);
}

static int64_t glue_domain_resume(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_resume(m, (uint16_t)arg[0]);
}

static int64_t glue_sched_watchdog_expire(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_sched_watchdog_expire(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_sched_poll_timeout(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_sched_poll_timeout(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

ht_glue_fn *const ht_handlers[HT_NCALLS] = {
    [HT_CALL_memshr_control] = glue_memshr_control,
    [HT_CALL_memshr_ring_enable] = glue_memshr_ring_enable,
    [HT_CALL_memshr_ring_disable] = glue_memshr_ring_disable,
    [HT_CALL_memshr_domain_resume] = glue_memshr_domain_resume,
    [HT_CALL_memshr_nominate_gfn] = glue_memshr_nominate_gfn,
    [HT_CALL_memshr_nominate_gref] = glue_memshr_nominate_gref,
    [HT_CALL_memshr_share_gfns] = glue_memshr_share_gfns,
    [HT_CALL_memshr_share_grefs] = glue_memshr_share_grefs,
    [HT_CALL_memshr_add_to_physmap] = glue_memshr_add_to_physmap,
    [HT_CALL_memshr_debug_gfn] = glue_memshr_debug_gfn,
    [HT_CALL_memshr_debug_gref] = glue_memshr_debug_gref,
    [HT_CALL_memshr_audit] = glue_memshr_audit,
    [HT_CALL_sharing_freed_pages] = glue_sharing_freed_pages,
    [HT_CALL_sharing_used_frames] = glue_sharing_used_frames,
    [HT_CALL_mem_paging_enable] = glue_mem_paging_enable,
    [HT_CALL_mem_paging_disable] = glue_mem_paging_disable,
    [HT_CALL_mem_paging_nominate] = glue_mem_paging_nominate,
    [HT_CALL_mem_paging_evict] = glue_mem_paging_evict,
    [HT_CALL_mem_paging_prep] = glue_mem_paging_prep,
    [HT_CALL_mem_paging_load] = glue_mem_paging_load,
    [HT_CALL_mem_access_enable] = glue_mem_access_enable,
    [HT_CALL_mem_access_disable] = glue_mem_access_disable,
    [HT_CALL_mem_access_resume] = glue_mem_access_resume,
    [HT_CALL_hvm_set_mem_access] = glue_hvm_set_mem_access,
    [HT_CALL_hvm_get_mem_access] = glue_hvm_get_mem_access,
    [HT_CALL_increase_reservation] = glue_increase_reservation,
    [HT_CALL_decrease_reservation] = glue_decrease_reservation,
    [HT_CALL_populate_physmap] = glue_populate_physmap,
    [HT_CALL_current_reservation] = glue_current_reservation,
    [HT_CALL_maximum_reservation] = glue_maximum_reservation,
    [HT_CALL_maximum_ram_page] = glue_maximum_ram_page,
    [HT_CALL_remove_from_physmap] = glue_remove_from_physmap,
    [HT_CALL_domain_getinfo] = glue_domain_getinfo,
    [HT_CALL_domain_setmaxmem] = glue_domain_setmaxmem,
    [HT_CALL_domain_pause] = glue_domain_pause,
    [HT_CALL_domain_unpause] = glue_domain_unpause,
    [HT_CALL_domain_create] = glue_domain_create,
    [HT_CALL_domain_destroy] = glue_domain_destroy,
    [HT_CALL_caller_privilege] = glue_caller_privilege,
    [HT_CALL_set_hvm_param] = glue_set_hvm_param,
    [HT_CALL_assign_device] = glue_assign_device,
    [HT_CALL_hvm_set_mem_type] = glue_hvm_set_mem_type,
    [HT_CALL_shadow_logdirty] = glue_shadow_logdirty,
    [HT_CALL_domain_memory_mapping] = glue_domain_memory_mapping,
    [HT_CALL_guest_read] = glue_guest_read,
    [HT_CALL_guest_write] = glue_guest_write,
    [HT_CALL_foreign_map] = glue_foreign_map,
    [HT_CALL_foreign_unmap] = glue_foreign_unmap,
    [HT_CALL_grant_access] = glue_grant_access,
    [HT_CALL_grant_end_access] = glue_grant_end_access,
    [HT_CALL_grant_map] = glue_grant_map,
    [HT_CALL_grant_unmap] = glue_grant_unmap,
    [HT_CALL_ring_get_request] = glue_ring_get_request,
    [HT_CALL_ring_put_response] = glue_ring_put_response,
    [HT_CALL_evtchn_send] = glue_evtchn_send,
    [HT_CALL_domain_set_max_evtchn] = glue_domain_set_max_evtchn,
    [HT_CALL_inject_fault] = glue_inject_fault,
    [HT_CALL_evtchn_alloc_unbound] = glue_evtchn_alloc_unbound,
    [HT_CALL_evtchn_bind_interdomain] = glue_evtchn_bind_interdomain,
    [HT_CALL_evtchn_bind_virq] = glue_evtchn_bind_virq,
    [HT_CALL_evtchn_bind_ipi] = glue_evtchn_bind_ipi,
    [HT_CALL_evtchn_bind_pirq] = glue_evtchn_bind_pirq,
    [HT_CALL_evtchn_close] = glue_evtchn_close,
    [HT_CALL_evtchn_notify] = glue_evtchn_notify,
    [HT_CALL_evtchn_status] = glue_evtchn_status,
    [HT_CALL_evtchn_bind_vcpu] = glue_evtchn_bind_vcpu,
    [HT_CALL_evtchn_unmask] = glue_evtchn_unmask,
    [HT_CALL_evtchn_reset] = glue_evtchn_reset,
    [HT_CALL_evtchn_op_raw] = glue_evtchn_op_raw,
    [HT_CALL_evtchn_guest_mask] = glue_evtchn_guest_mask,
    [HT_CALL_evtchn_guest_clear] = glue_evtchn_guest_clear,
    [HT_CALL_evtchn_guest_upcall] = glue_evtchn_guest_upcall,
    [HT_CALL_evtchn_guest_upcall_mask] = glue_evtchn_guest_upcall_mask,
    [HT_CALL_evtchn_raise_virq] = glue_evtchn_raise_virq,
    [HT_CALL_sched_yield] = glue_sched_yield,
    [HT_CALL_sched_block] = glue_sched_block,
    [HT_CALL_sched_shutdown] = glue_sched_shutdown,
    [HT_CALL_sched_shutdown_code] = glue_sched_shutdown_code,
    [HT_CALL_sched_poll] = glue_sched_poll,
    [HT_CALL_sched_remote_shutdown] = glue_sched_remote_shutdown,
    [HT_CALL_sched_watchdog] = glue_sched_watchdog,
    [HT_CALL_sched_op_raw] = glue_sched_op_raw,
    [HT_CALL_domain_resume] = glue_domain_resume,
    [HT_CALL_sched_watchdog_expire] = glue_sched_watchdog_expire,
    [HT_CALL_sched_poll_timeout] = glue_sched_poll_timeout,
};

const struct ht_family_ops *const ht_families[HT_NFAMILIES] = {
    [HT_FAMILY_CORE] = &ht_family_core,
    [HT_FAMILY_SHARING] = &ht_family_sharing,
    [HT_FAMILY_PAGING] = &ht_family_paging,
    [HT_FAMILY_ACCESS] = &ht_family_access,
    [HT_FAMILY_MEMORY] = &ht_family_memory,
    [HT_FAMILY_DOMAIN] = &ht_family_domain,
    [HT_FAMILY_GUEST] = &ht_family_guest,
    [HT_FAMILY_RING] = &ht_family_ring,
    [HT_FAMILY_FAULT] = &ht_family_fault,
    [HT_FAMILY_EVTCHN] = &ht_family_evtchn,
    [HT_FAMILY_SCHED] = &ht_family_sched,
};

const struct ht_shared_number ht_shared_numbers[] = {
    {"RAW_REFUSED_LIMIT", INT64_C(-1000000)},
    {"RAW_UNKNOWN_CALL", INT64_C(-1000001)},
    {"RAW_BAD_CALLER", INT64_C(-1000002)},
    {"RAW_UNSUPPORTED", INT64_C(-1000003)},
    {"RAW_BAD_ARG0", INT64_C(-1000010)},
    {"RAW_BAD_LIST0", INT64_C(-1000020)},
    {"PACK", INT64_C(65536)},
    {"LIST_SHIFT", INT64_C(32)},
    {"DEFAULT_PROFILE_INDEX", INT64_C(0)},
    {"DOMID_SELF", INT64_C(32752)},
    {"DOMID_FIRST_RESERVED", INT64_C(32752)},
    {"GFN_GREF_FLAG", INT64_C(4611686018427387904)},
    {"EVTCHN_PER_BUCKET", INT64_C(128)},
    {"CODEC_PLAIN", INT64_C(0)},
    {"CODEC_DELTA", INT64_C(1)},
    {"CODEC_CONST", INT64_C(2)},
    {"FUZZ_SELECTORS", INT64_C(65536)},
    {"FUZZ_CTRL_STRATEGIES", INT64_C(16)},
    {"FUZZ_CTRL_POOL_LAST", INT64_C(12)},
    {"FUZZ_CTRL_SMALL", INT64_C(13)},
    {"FUZZ_CTRL_SPECIAL", INT64_C(14)},
    {"FUZZ_CTRL_LITERAL", INT64_C(15)},
    {"FUZZ_CALLER_LITERAL", INT64_C(15)},
    {"FUZZ_CALLER_TOOLSTACK_GUEST", INT64_C(14)},
    {"FUZZ_CALLER_ANY_GUEST", INT64_C(11)},
    {"FUZZ_LIST_ELEMENTS", INT64_C(8)},
    {"FUZZ_LIST_RUN", INT64_C(24)},
    {"FUZZ_LIST_SCATTER", INT64_C(28)},
    {"FUZZ_LIST_MORE", INT64_C(29)},
    {"FUZZ_LIST_MAX", INT64_C(30)},
    {"FUZZ_LIST_BEYOND", INT64_C(31)},
    {"FUZZ_LIST_EXTRA", INT64_C(256)},
    {"FUZZ_LIST_CHUNKS", INT64_C(8)},
    {"FUZZ_ROOM_MODES", INT64_C(8)},
    {"FUZZ_ROOM_NULL", INT64_C(5)},
    {"FUZZ_ROOM_SHORT", INT64_C(6)},
    {"FUZZ_ROOM_LONG", INT64_C(7)},
    {"FUZZ_POOL", INT64_C(8)},
    {"FUZZ_MAX_CALLS", INT64_C(64)},
    {"FUZZ_LIST_WORDS", INT64_C(65536)},
    {"ERRNO_BITS", INT64_C(10)},
};
const uint32_t ht_nshared_numbers =
    sizeof ht_shared_numbers / sizeof ht_shared_numbers[0];

const uint16_t ht_family_fuzz_weight[HT_NFAMILIES] = {
    [HT_FAMILY_CORE] = 1,
    [HT_FAMILY_SHARING] = 6,
    [HT_FAMILY_PAGING] = 4,
    [HT_FAMILY_ACCESS] = 2,
    [HT_FAMILY_MEMORY] = 3,
    [HT_FAMILY_DOMAIN] = 1,
    [HT_FAMILY_GUEST] = 4,
    [HT_FAMILY_RING] = 3,
    [HT_FAMILY_FAULT] = 2,
    [HT_FAMILY_EVTCHN] = 3,
    [HT_FAMILY_SCHED] = 2,
};

const char *const ht_reason_texts[HT_NREASONS] = {
    [HT_R_NONE] = "",
    [HT_R_REFUSED_UNKNOWN_CALL] = "engine: unknown call number",
    [HT_R_REFUSED_ARGUMENT_WIDTH] = "engine: an argument is wider than its C type",
    [HT_R_REFUSED_CALLER] = "engine: the calling domain or vcpu does not exist",
    [HT_R_REFUSED_LIST] = "engine: a list argument lies outside its pool, is too long, or has an element wider than its field",
    [HT_R_NOT_X86_64] = "gate: the host is not x86_64",
    [HT_R_NO_DOMAIN] = "gate: no such domain",
    [HT_R_TARGET_IS_CALLER] = "gate: the target is the calling domain (domain 0)",
    [HT_R_NOT_PRIVILEGED] = "gate: the caller is not privileged for the domain",
    [HT_R_XSM_DENIED] = "gate: the XSM policy refuses the operation",
    [HT_R_DOMAIN_DYING] = "gate: the domain is dying",
    [HT_R_NO_HAP] = "gate: the domain does not use HAP",
    [HT_R_SHARING_DISABLED] = "gate: sharing is not enabled for the domain",
    [HT_R_SHARING_DISABLED_GATE] = "gate: sharing is not enabled for the domain (4.2's one HAP-or-sharing check)",
    [HT_R_NOT_HVM] = "gate: the domain is not an HVM guest",
    [HT_R_NOT_HVM_OR_DYING] = "gate: the domain is paravirtualised or dying",
    [HT_R_NO_VCPUS] = "mem_event: the domain has no vcpus",
    [HT_R_MEM_EVENT_SELF] = "mem_event: the target is the calling domain",
    [HT_R_MEM_EVENT_DYING_NOOP] = "mem_event: the domain is dying; 4.2 does nothing and returns 0",
    [HT_R_RANGE_BAD] = "range: starts or ends beyond the highest mapped gfn, or wraps",
    [HT_R_CLIENT_NO_DOMAIN] = "share: no such client domain",
    [HT_R_CLIENT_IS_CALLER] = "share: the client domain is the caller",
    [HT_R_CLIENT_NOT_PRIVILEGED] = "share: the caller is not privileged for the client domain",
    [HT_R_CLIENT_DYING] = "share: the client domain is dying",
    [HT_R_CLIENT_SHARING_DISABLED] = "share: sharing is not enabled for the client domain",
    [HT_R_CONTROL_PASSTHROUGH] = "control: the domain has a PCI device assigned (passthrough)",
    [HT_R_RESUME_NO_RING] = "resume: the domain has no sharing ring; nothing to do",
    [HT_R_GREF_TABLE_UNINITIALISED] = "gref: the grant table is not initialised",
    [HT_R_GREF_OUT_OF_RANGE] = "gref: the reference is beyond the grant table",
    [HT_R_GREF_NOT_GRANTED] = "gref: the entry grants nothing",
    [HT_R_NOMINATE_NOT_POPULATED] = "nominate: gfn not populated",
    [HT_R_NOMINATE_ALREADY_SHARED] = "nominate: already shared; the existing handle is returned",
    [HT_R_NOMINATE_NOT_SHARABLE] = "nominate: the p2m type is not sharable",
    [HT_R_NOMINATE_TYPE_IN_USE] = "nominate: the page holds another type reference (writable mapping or ring)",
    [HT_R_NOMINATE_TYPE_RACE] = "nominate: a concurrent shared-type reference (injected race)",
    [HT_R_NOMINATE_EXTRA_REFS] = "nominate: the page is referenced by other subsystems",
    [HT_R_NOMINATE_PAGE_LOCK] = "nominate: the page lock could not be taken (injected race)",
    [HT_R_NOMINATE_NO_METADATA] = "nominate: no sharing metadata can be allocated",
    [HT_R_NOMINATE_NO_RMAP] = "nominate: no rmap entry can be allocated",
    [HT_R_NOMINATE_P2M_CHANGE] = "nominate: the p2m type could not be changed (injected); undone",
    [HT_R_SHARE_SAME_FRAME] = "share: both gfns are backed by the same frame (or both are holes); no-op",
    [HT_R_SHARE_SOURCE_NOT_SHARED] = "share: the source gfn is not backed by a shared frame",
    [HT_R_SHARE_CLIENT_NOT_SHARED] = "share: the client gfn is not backed by a shared frame",
    [HT_R_SHARE_SOURCE_HANDLE] = "share: the source handle is not the source frame's",
    [HT_R_SHARE_CLIENT_HANDLE] = "share: the client handle is not the client frame's",
    [HT_R_ADD_PHYSMAP_GREF] = "add_to_physmap: the source gfn carries the grant-reference flag",
    [HT_R_ADD_PHYSMAP_NOT_HOLE] = "add_to_physmap: the client gfn is not a hole",
    [HT_R_ADD_PHYSMAP_NO_RMAP] = "add_to_physmap: no rmap entry can be allocated",
    [HT_R_ADD_PHYSMAP_P2M_SET] = "add_to_physmap: the client p2m entry cannot be set",
    [HT_R_DEBUG_NOT_SHARED] = "debug: no shared frame backs the gfn",
    [HT_R_AUDIT_NOT_COMPILED] = "audit: the hypervisor was built without the sharing audit",
    [HT_R_PAGING_PASSTHROUGH] = "paging: the domain has a PCI device assigned (it needs the IOMMU)",
    [HT_R_PAGING_NO_RING] = "paging: the domain has no paging ring",
    [HT_R_PAGING_NO_FRAME] = "paging: the gfn has no frame",
    [HT_R_PAGING_NOT_PAGEABLE] = "paging: the p2m type is not pageable",
    [HT_R_PAGING_REFERENCED] = "paging: the page has extra references",
    [HT_R_PAGING_NOT_NOMINATED] = "evict: the gfn is not ram_paging_out",
    [HT_R_PREP_NOT_PAGING] = "prep: the gfn is neither paged nor being paged in",
    [HT_R_PREP_FRAME_PRESENT] = "prep: the frame was still present; page-in finished without a copy",
    [HT_R_PREP_NO_BUFFER] = "prep: the gfn has no frame and no buffer was given",
    [HT_R_PREP_NO_MEMORY] = "prep: no frame can be allocated for the domain",
    [HT_R_PREP_COPY_FAILED] = "prep: copying from the buffer failed (injected)",
    [HT_R_LOAD_NULL_BUFFER] = "load: the buffer is NULL (libxc)",
    [HT_R_LOAD_UNALIGNED_BUFFER] = "load: the buffer is not page-aligned (libxc)",
    [HT_R_ACCESS_NOT_INTEL] = "access: the host CPU is not Intel (EPT only)",
    [HT_R_ACCESS_NO_RING] = "access: the domain has no access ring",
    [HT_R_ACCESS_VALUE_BAD] = "access: not an access type",
    [HT_R_ACCESS_P2M_SET] = "access: a p2m entry cannot be updated (injected)",
    [HT_R_ACCESS_NO_FRAME] = "access: the gfn has no frame",
    [HT_R_ACCESS_UNREPORTABLE] = "access: n2rwx has no entry in 4.2's table",
    [HT_R_RESERVATION_NO_DOMAIN] = "reservation: no such domain; nothing done",
    [HT_R_RESERVATION_NOT_PRIVILEGED] = "reservation: the caller is not privileged for the domain; nothing done",
    [HT_R_RESERVATION_TOO_MANY] = "reservation: too many extents; nothing done",
    [HT_R_RESERVATION_ADDRESS_BITS] = "reservation: address_bits 1..12; nothing done",
    [HT_R_RESERVATION_ORDER] = "reservation: extent order too large; nothing done",
    [HT_R_RESERVATION_NO_MEMORY] = "reservation: stopped at max_pages or host memory",
    [HT_R_RESERVATION_REMOVE_FAILED] = "reservation: stopped at a gfn that cannot be removed",
    [HT_R_RESERVATION_COPY_FAULT] = "reservation: the extent list ends before nr_extents (a copy fault ends the op)",
    [HT_R_POPULATE_BEYOND_P2M] = "populate: stopped at a gfn beyond the guest's address width",
    [HT_R_REMOVE_NO_PAGE] = "remove_from_physmap: no page at the gfn",
    [HT_R_REMOVE_SHARED_TUPLE_DROPPED] = "remove_from_physmap: a shared gfn; its tuple was dropped",
    [HT_R_GETINFO_NONE] = "getinfo: no domain at or above that id",
    [HT_R_HVM_PARAM_RANGE] = "set_hvm_param: not below HVM_NR_PARAMS",
    [HT_R_MEM_TYPE_UNKNOWN] = "set_mem_type: unknown type",
    [HT_R_MEM_TYPE_CANNOT_CHANGE] = "set_mem_type: a gfn cannot take the type",
    [HT_R_MMIO_IS_RAM] = "memory_mapping: the frames are host RAM",
    [HT_R_MMIO_NOT_HOLE] = "memory_mapping: a gfn is not a hole",
    [HT_R_MMIO_NOT_MAPPED] = "memory_mapping: a gfn is not mmio_direct",
    [HT_R_ASSIGN_NO_DOMAIN] = "assign_device: no such domain, dying, or domain 0",
    [HT_R_ASSIGN_SHARING_OR_PAGING] = "assign_device: sharing or paging is on and the domain has no IOMMU yet",
    [HT_R_ASSIGN_DEVICE_TAKEN] = "assign_device: the device belongs to another domain",
    [HT_R_ASSIGN_TABLE_FULL] = "assign_device: the table of assigned devices is full",
    [HT_R_RING_NO_PARAM] = "ring: the HVM param naming the ring gfn is 0",
    [HT_R_RING_PRESENT] = "ring: already enabled",
    [HT_R_RING_ABSENT] = "ring: not enabled",
    [HT_R_RING_WAITERS] = "ring: vcpus are waiting for a free slot",
    [HT_R_RING_GFN_PAGED] = "ring: the ring gfn is paged out; a page-in was started",
    [HT_R_RING_GFN_SHARED] = "ring: the ring gfn is shared and cannot be unshared",
    [HT_R_RING_GFN_NOT_POPULATED] = "ring: the ring gfn is not populated",
    [HT_R_RING_GFN_READ_ONLY] = "ring: the ring gfn is read-only",
    [HT_R_RING_MAP_FAILED] = "ring: Xen cannot map the ring page",
    [HT_R_RING_NO_PORT] = "ring: no free event-channel port",
    [HT_R_RING_EVTCHN_NOMEM] = "ring: the event channel cannot be allocated",
    [HT_R_RING_KIND_BAD] = "ring: not a ring kind",
    [HT_R_RING_EMPTY] = "ring: no request pending",
    [HT_R_RING_RESPONSES_FULL] = "ring: the response queue is full",
    [HT_R_PORT_NOT_A_RING] = "evtchn: the port belongs to none of the domain's rings",
    [HT_R_CREATE_BAD_DOMID] = "create: domid is 0 or reserved",
    [HT_R_CREATE_EXISTS] = "create: the domain exists",
    [HT_R_CREATE_BAD_VCPUS] = "create: more than 8 vcpus",
    [HT_R_CREATE_BAD_FLAGS] = "create: unknown flags",
    [HT_R_CREATE_BAD_SIZES] = "create: pages, max_pages and p2m_size do not fit together",
    [HT_R_CREATE_NO_SLOT] = "create: no free domain slot",
    [HT_R_CREATE_NO_P2M_ROOM] = "create: no room left in the p2m arena",
    [HT_R_CREATE_NO_MEMORY] = "create: too few free host frames",
    [HT_R_DESTROY_DOM0] = "destroy: domain 0 cannot be destroyed",
    [HT_R_PRIVILEGE_BAD] = "privilege: domain 0, or not a privilege level",
    [HT_R_FAULT_BAD] = "inject_fault: not a fault site, or nth is 0",
    [HT_R_GUEST_BAD_VCPU] = "guest: no such vcpu",
    [HT_R_GUEST_DOMAIN_SHUT_DOWN] = "guest: the domain has shut down (or crashed)",
    [HT_R_GUEST_DOMAIN_PAUSED] = "guest: the domain is paused",
    [HT_R_GUEST_VCPU_PAUSED] = "guest: the vcpu is paused waiting on a ring",
    [HT_R_GUEST_NO_RAM] = "guest: no RAM at the gfn",
    [HT_R_GUEST_PAGED_NO_RING] = "guest: the gfn is paged out and there is no paging ring: domain crashed",
    [HT_R_GUEST_PAGE_IN] = "guest: the gfn is paged out; vcpu paused, page-in request on the ring",
    [HT_R_GUEST_RING_FULL] = "guest: the ring is full; the vcpu waits for a slot",
    [HT_R_GUEST_ACCESS_VIOLATION] = "guest: access violation; vcpu paused, request on the access ring",
    [HT_R_GUEST_UNSHARE_NOMEM_CRASH] = "guest: unshare out of memory and no sharing ring: domain crashed",
    [HT_R_GUEST_UNSHARE_NOMEM_PAUSED] = "guest: unshare out of memory; vcpu paused, ENOMEM on the sharing ring",
    [HT_R_GUEST_WRITE_DISCARDED] = "guest: write to a read-only gfn discarded",
    [HT_R_FOREIGN_PAGED] = "foreign_map: the gfn is paged out; a page-in was started",
    [HT_R_FOREIGN_NO_RAM] = "foreign_map: no RAM at the gfn",
    [HT_R_FOREIGN_UNSHARE_NOMEM] = "foreign_map: a writable mapping cannot unshare the gfn",
    [HT_R_MAP_TABLE_FULL] = "map: no free mapping slot",
    [HT_R_MAP_REFS_LIMIT] = "map: the page's reference count is at its limit",
    [HT_R_MAPPING_BAD] = "unmap: not a live mapping of that kind",
    [HT_R_GRANT_TABLE_FULL] = "grant: the grant table is full",
    [HT_R_GRANT_NOT_GRANTED] = "grant: the reference grants nothing",
    [HT_R_GRANT_STILL_MAPPED] = "grant: the grant is still mapped",
    [HT_R_GRANT_READ_ONLY] = "grant_map: writable map of a read-only grant",
    [HT_R_GRANT_PAGED] = "grant_map: the granted gfn is paged out; a page-in was started",
    [HT_R_GRANT_NO_RAM] = "grant_map: no RAM at the granted gfn",
    [HT_R_GRANT_UNSHARE_FAILED] = "grant_map: the granted gfn cannot be unshared",
    [HT_R_EVTCHN_NO_FREE_PORT] = "evtchn: no free port below the domain's limit",
    [HT_R_EVTCHN_NO_BUCKET] = "evtchn: no memory for another bucket of ports",
    [HT_R_EVTCHN_DYING] = "evtchn: the domain is dying (get_free_port)",
    [HT_R_EVTCHN_COPY_IN] = "evtchn: the argument struct cannot be read",
    [HT_R_EVTCHN_COPY_OUT] = "evtchn: the result cannot be written back; the change stays",
    [HT_R_EVTCHN_BAD_PORT] = "evtchn: the port is not valid (beyond 4096 or its bucket)",
    [HT_R_EVTCHN_XEN_PORT] = "evtchn: the port is Xen's own (a ring's)",
    [HT_R_EVTCHN_CLOSED_PORT] = "evtchn: the port is free or reserved",
    [HT_R_EVTCHN_REMOTE_NOT_UNBOUND] = "evtchn: the remote port is not unbound for the caller",
    [HT_R_EVTCHN_BAD_VIRQ] = "evtchn: no such virq",
    [HT_R_EVTCHN_GLOBAL_VIRQ_VCPU] = "evtchn: a global virq binds on vcpu 0 only",
    [HT_R_EVTCHN_NO_VCPU] = "evtchn: no such vcpu",
    [HT_R_EVTCHN_VIRQ_BOUND] = "evtchn: the virq is already bound on that vcpu",
    [HT_R_EVTCHN_BAD_PIRQ] = "evtchn: the pirq is beyond the domain's nr_pirqs",
    [HT_R_EVTCHN_PIRQ_NO_ACCESS] = "evtchn: a paravirtualised domain without the IRQ",
    [HT_R_EVTCHN_PIRQ_BOUND] = "evtchn: the pirq is already bound",
    [HT_R_EVTCHN_PIRQ_NOMEM] = "evtchn: the pirq's record cannot be allocated",
    [HT_R_EVTCHN_PIRQ_UNMAPPED] = "evtchn: the pirq is mapped to no machine IRQ",
    [HT_R_EVTCHN_WRONG_STATE] = "evtchn: the op does not apply to the port's state",
    [HT_R_EVTCHN_SEND_DROPPED] = "evtchn: the port is unbound; the event is dropped",
    [HT_R_EVTCHN_SEND_XEN] = "evtchn: the peer is Xen's: its consumer ran (a ring resumed)",
    [HT_R_EVTCHN_UNKNOWN_OP] = "evtchn: not a 4.2 event_channel_op",
    [HT_R_EVTCHN_PORT_RANGE] = "evtchn: the port is beyond the shared-info bitmaps",
    [HT_R_EVTCHN_VIRQ_UNBOUND] = "evtchn: no port is bound to the virq; it is dropped",
    [HT_R_SCHED_COPY_IN] = "sched: the argument struct cannot be read",
    [HT_R_SCHED_BLOCKED] = "sched: the vcpu blocks until an event is delivered",
    [HT_R_SCHED_UPCALL_PENDING] = "sched: an event upcall is due; the vcpu does not block",
    [HT_R_POLL_TOO_MANY] = "poll: more than 128 ports",
    [HT_R_POLL_LIST_SHORT] = "poll: the port list ends before nr_ports",
    [HT_R_POLL_BAD_PORT] = "poll: a port is 4096 or more",
    [HT_R_POLL_PORT_PENDING] = "poll: a port is pending; returns at once",
    [HT_R_POLL_BLOCKED] = "poll: no port is pending; the vcpu blocks until one is",
    [HT_R_SHUTDOWN_STARTED] = "shutdown: the domain shuts down",
    [HT_R_SHUTDOWN_REASON_KEPT] = "shutdown: a reason was already recorded; it stays",
    [HT_R_SHUTDOWN_HOST] = "shutdown: domain 0 shutting down halts or restarts the host, which the engine does not model",
    [HT_R_WATCHDOG_BAD_ID] = "watchdog: id is more than 2",
    [HT_R_WATCHDOG_NO_SLOT] = "watchdog: both watchdogs are in use",
    [HT_R_WATCHDOG_NOT_IN_USE] = "watchdog: no watchdog of that id is in use",
    [HT_R_WATCHDOG_NOT_ARMED] = "watchdog: no watchdog of that id is armed",
    [HT_R_WATCHDOG_IGNORED] = "watchdog: the domain is already shutting down or dying",
    [HT_R_POLL_NOT_POLLING] = "poll: the vcpu is not polling with a timeout",
    [HT_R_SCHED_NO_VCPU] = "sched: no such vcpu",
    [HT_R_SCHED_UNKNOWN_OP] = "sched: not a 4.2 sched_op",
};

const char *const ht_invariant_names[HT_NINVARIANTS] = {
    [HT_INV_CONSERVATION] = "frames.15",
    [HT_INV_TOT_PAGES] = "frames.16",
    [HT_INV_P2M_M2P] = "frames.18",
    [HT_INV_MEMORY_SAFETY] = "host.memory_safety",
    [HT_INV_LIVENESS] = "host.liveness",
    [HT_INV_SHR_SUM] = "sharing.1",
    [HT_INV_SHARED_FRAME] = "sharing.2",
    [HT_INV_SHARED_TUPLE] = "sharing.3",
    [HT_INV_SHR_PAGES] = "sharing.4",
    [HT_INV_HANDLES] = "sharing.5",
    [HT_INV_NOMINATE_DEBUG] = "sharing.6",
    [HT_INV_SHARE] = "sharing.7",
    [HT_INV_CONTENT] = "sharing.8",
    [HT_INV_NONNEG] = "sharing.9",
    [HT_INV_SHARING_DISABLED] = "sharing.10",
    [HT_INV_PAGED_FRAME] = "paging.11",
    [HT_INV_PAGED_PAGES] = "paging.12",
    [HT_INV_PAGING_TRANSITION] = "paging.13",
    [HT_INV_EVTCHN_PORT_ZERO] = "evtchn.1",
    [HT_INV_EVTCHN_INTERDOMAIN] = "evtchn.2",
    [HT_INV_EVTCHN_UNBOUND_PEER] = "evtchn.3",
    [HT_INV_EVTCHN_XEN_PORTS] = "evtchn.4",
    [HT_INV_EVTCHN_VIRQ] = "evtchn.5",
    [HT_INV_EVTCHN_PIRQ] = "evtchn.6",
    [HT_INV_EVTCHN_LOWEST_FREE] = "evtchn.7",
    [HT_INV_SHUTDOWN_REASON] = "sched.1",
};

const char *const ht_invariant_texts[HT_NINVARIANTS] = {
    [HT_INV_CONSERVATION] = "free frames + sum(tot_pages) + used_frames + frames Xen holds for itself == total frames",
    [HT_INV_TOT_PAGES] = "tot_pages(d) == the number of frames owned by d",
    [HT_INV_P2M_M2P] = "a private RAM gfn maps a frame owned by its domain whose M2P names it, and no frame is mapped by two private gfns",
    [HT_INV_MEMORY_SAFETY] = "no out-of-bounds access (the engine's shadow bounds check caught one a real hypervisor would make)",
    [HT_INV_LIVENESS] = "no hypercall spins forever",
    [HT_INV_SHR_SUM] = "sum of shr_pages over all domains == freed_pages + used_frames",
    [HT_INV_SHARED_FRAME] = "a shared frame is owned by dom_cow, has at least one tuple, and every tuple maps it as ram_shared",
    [HT_INV_SHARED_TUPLE] = "every ram_shared gfn is a tuple of the shared frame it maps",
    [HT_INV_SHR_PAGES] = "shr_pages(d) == the number of ram_shared gfns of d",
    [HT_INV_HANDLES] = "handles are unique, non-zero and never above the last issued; a new handle is above every earlier one, so an invalid handle never becomes valid again",
    [HT_INV_NOMINATE_DEBUG] = "nominating a shared gfn returns its frame's handle; debug_gfn returns the frame's tuple count",
    [HT_INV_SHARE] = "a successful share was given the frames' own handles and leaves both gfns on the source frame, with the source handle and the tuple counts summed",
    [HT_INV_CONTENT] = "sharing operations never change what a gfn reads",
    [HT_INV_NONNEG] = "the sharing and paging counters are never negative",
    [HT_INV_SHARING_DISABLED] = "a domain with sharing disabled gains no tuples from nominate, share or add_to_physmap",
    [HT_INV_PAGED_FRAME] = "a ram_paged gfn has no frame; a ram_paging_out gfn has a frame owned by its domain",
    [HT_INV_PAGED_PAGES] = "paged_pages(d) == ram_paged gfns of d + ram_paging_in gfns of d without a frame",
    [HT_INV_PAGING_TRANSITION] = "paging nominate succeeds only on a pageable gfn with no extra references, evict only on a nominated gfn with none",
    [HT_INV_EVTCHN_PORT_ZERO] = "port 0 of every live domain is reserved, with no Xen consumer and notifying vcpu 0",
    [HT_INV_EVTCHN_INTERDOMAIN] = "interdomain ports come in pairs: A.p bound to (B, q) if and only if B.q is bound to (A, p), with p != q when A is B (loopback); a live domain's port never points at a dead domain",
    [HT_INV_EVTCHN_UNBOUND_PEER] = "after EVTCHNOP_close of an interdomain port, its peer is unbound and accepts the closing domain",
    [HT_INV_EVTCHN_XEN_PORTS] = "every live ring has one Xen-consumer port in its domain, unbound or interdomain, and every Xen-consumer port belongs to a live ring",
    [HT_INV_EVTCHN_VIRQ] = "a virq port is the entry of its virq in the virq table of vcpu 0 (global virqs) or of its notified vcpu (per-vcpu virqs), and every table entry is such a port; an ipi port notifies an existing vcpu and is in no table",
    [HT_INV_EVTCHN_PIRQ] = "a pirq port is the port the domain's pirq map names for its pirq and is on the pirq list of the vcpu it notifies (once), and the map names only such ports",
    [HT_INV_EVTCHN_LOWEST_FREE] = "an EVTCHNOP that allocates returns the lowest free port of the domain (a new bucket's first port when the allocated ones are full)",
    [HT_INV_SHUTDOWN_REASON] = "a recorded shutdown reason changes only by domain_resume: shutdown, shutdown_code, remote_shutdown, a watchdog and a crash keep the first; a shut-down domain has one",
};

const char *const ht_bug_names[HT_NBUGS] = {
    [HT_BUG_NR_SAVED_UNDERFLOW] = "nr_saved_underflow",
    [HT_BUG_ADD_PHYSMAP_ACCOUNTING] = "add_physmap_failure_accounting",
    [HT_BUG_GREF_UNCHECKED] = "gref_unchecked",
    [HT_BUG_SHARE_SKIPS_HANDLE_CHECK] = "share_skips_handle_check",
    [HT_BUG_RELINQUISH_SKIPS_SHARED] = "relinquish_skips_shared",
    [HT_BUG_ADD_PHYSMAP_HOLE_CHECK] = "add_physmap_hole_check",
    [HT_BUG_RESUME_NO_RING] = "resume_no_ring",
    [HT_BUG_PAGED_DROP_DRIFT] = "paged_drop_drift",
    [HT_BUG_SET_ACCESS_UNCHECKED] = "set_mem_access_unchecked",
    [HT_BUG_REMOVE_PHYSMAP_SHARED] = "remove_from_physmap_shared",
    [HT_BUG_RESPONSE_VCPU_UNCHECKED] = "response_vcpu_unchecked",
    [HT_BUG_EVTCHN_BUCKET_DANGLING] = "evtchn_bucket_dangling",
    [HT_BUG_GET_FREE_PORT_IGNORES_ERROR] = "get_free_port_ignores_error",
    [HT_BUG_POLL_UNALLOCATED_BUCKET] = "poll_unallocated_bucket",
    [HT_BUG_EVTCHN_CLOSE_ALL_UNPREEMPTIBLE] = "evtchn_close_all_unpreemptible",
    [HT_BUG_CLOSE_LEAVES_PEER_BOUND] = "close_leaves_peer_bound",
    [HT_BUG_CLOSE_FREES_PORT_ZERO] = "close_frees_port_zero",
    [HT_BUG_ALLOC_NEXT_FIT] = "alloc_next_fit",
    [HT_BUG_CRASH_OVERWRITES_SHUTDOWN_CODE] = "crash_overwrites_shutdown_code",
};

const char *const ht_bug_sources[HT_NBUGS] = {
    [HT_BUG_NR_SAVED_UNDERFLOW] = "77ece196fa (2012)",
    [HT_BUG_ADD_PHYSMAP_ACCOUNTING] = "present from 4.2 to 4.22",
    [HT_BUG_GREF_UNCHECKED] = "fixed in 4.8 by 986f790e01 (Huawei PSIRT)",
    [HT_BUG_SHARE_SKIPS_HANDLE_CHECK] = "models a share_pages without the handle checks of section 2.6 d",
    [HT_BUG_RELINQUISH_SKIPS_SHARED] = "teardown of XSA-11 (afa8c5bb3d) and 458519b782",
    [HT_BUG_ADD_PHYSMAP_HOLE_CHECK] = "8d204daa8f (2012)",
    [HT_BUG_RESUME_NO_RING] = "4.2 to 4.5 (found by reading the code)",
    [HT_BUG_PAGED_DROP_DRIFT] = "58fdfc4602 (2012)",
    [HT_BUG_SET_ACCESS_UNCHECKED] = "XSA-28 / CVE-2012-5512",
    [HT_BUG_REMOVE_PHYSMAP_SHARED] = "4.2 to 4.17 at least",
    [HT_BUG_RESPONSE_VCPU_UNCHECKED] = "ee75480b3c (2014)",
    [HT_BUG_EVTCHN_BUCKET_DANGLING] = "XSA-47 / CVE-2013-1920, 99b9ab0b3e (stable-4.2 2bebeac001, fixed in 4.2.2)",
    [HT_BUG_GET_FREE_PORT_IGNORES_ERROR] = "2e9c2bc292 (2020; Xen 4.11 to 4.13, from 368ae9a05f)",
    [HT_BUG_POLL_UNALLOCATED_BUCKET] = "XSA-221, e7719a0dfa (2017; Xen 4.4 to 4.8, from fbbd5009e6; 4.2 is not affected)",
    [HT_BUG_EVTCHN_CLOSE_ALL_UNPREEMPTIBLE] = "XSA-344, 2785b2a9e0 (reset) and 8fe7b5f996 (destroy), 2020; 4.2 has both loops",
    [HT_BUG_CLOSE_LEAVES_PEER_BOUND] = "synthetic: xen-semantics section 10's emulator scenario (no Xen release)",
    [HT_BUG_CLOSE_FREES_PORT_ZERO] = "synthetic: xen-semantics section 10's emulator scenario (no Xen release)",
    [HT_BUG_ALLOC_NEXT_FIT] = "synthetic: xen-semantics section 10's emulator scenario (no Xen release)",
    [HT_BUG_CRASH_OVERWRITES_SHUTDOWN_CODE] = "synthetic: this engine's own domain_crash before it followed domain_shutdown (no Xen since 6e880a2217, 2010, overwrites the reason)",
};

const char *const ht_bug_texts[HT_NBUGS] = {
    [HT_BUG_NR_SAVED_UNDERFLOW] = "a failed unshare (ENOMEM) does not undo its provisional freed_pages decrement, so a retry decrements again",
    [HT_BUG_ADD_PHYSMAP_ACCOUNTING] = "add_to_physmap counts a freed page even when setting the client's p2m entry fails",
    [HT_BUG_GREF_UNCHECKED] = "nominate_gref, share_grefs and debug_gref do not range-check the grant reference and read past the grant table",
    [HT_BUG_SHARE_SKIPS_HANDLE_CHECK] = "share does not compare the handles it is given with the frames' handles",
    [HT_BUG_RELINQUISH_SKIPS_SHARED] = "domain destruction skips the domain's shared pages, leaving tuples of a dead domain in the rmaps",
    [HT_BUG_ADD_PHYSMAP_HOLE_CHECK] = "add_to_physmap accepts a client gfn that is not a hole and overwrites it, leaking its frame",
    [HT_BUG_RESUME_NO_RING] = "memshr_domain_resume without a sharing ring spins on the ring's never-initialised lock",
    [HT_BUG_PAGED_DROP_DRIFT] = "dropping a paged gfn when the paging ring has no free slot skips the paged_pages decrement",
    [HT_BUG_SET_ACCESS_UNCHECKED] = "HVMOP_set_mem_access does not range-check the access value and indexes its table out of bounds",
    [HT_BUG_REMOVE_PHYSMAP_SHARED] = "remove_from_physmap on a shared gfn clears the p2m entry but leaves its rmap tuple and shr_pages (the frame leaks)",
    [HT_BUG_RESPONSE_VCPU_UNCHECKED] = "a ring response's vcpu_id is not validated before the vcpu is unpaused",
    [HT_BUG_EVTCHN_BUCKET_DANGLING] = "get_free_port publishes a new bucket before its ports' security labels are allocated; when that fails the bucket is freed but stays published (use after free, corrupting whoever gets the memory next)",
    [HT_BUG_GET_FREE_PORT_IGNORES_ERROR] = "get_free_port returns the port of a bucket it failed to allocate, and the caller writes the port's state through the missing bucket",
    [HT_BUG_POLL_UNALLOCATED_BUCKET] = "SCHEDOP_poll reads a port's channel without checking that its bucket exists (a NULL dereference for a port in a bucket never allocated)",
    [HT_BUG_EVTCHN_CLOSE_ALL_UNPREEMPTIBLE] = "EVTCHNOP_reset and domain destruction close every port in one pass without a preemption check: the engine counts more than 64 ports closed in one pass as a hypercall that runs unpreemptibly for too long",
    [HT_BUG_CLOSE_LEAVES_PEER_BOUND] = "closing an interdomain port frees it but leaves its peer interdomain, pointing at the freed port",
    [HT_BUG_CLOSE_FREES_PORT_ZERO] = "EVTCHNOP_close accepts the reserved port 0 and frees it, so the next allocation hands out port 0",
    [HT_BUG_ALLOC_NEXT_FIT] = "get_free_port searches from the port after the last one it handed out instead of from 0, so a closed port below it is not reused first",
    [HT_BUG_CRASH_OVERWRITES_SHUTDOWN_CODE] = "a crash records SHUTDOWN_crash over a reason the domain recorded before",
};

const uint8_t ht_host_option_bits[HT_MAX_HOST_OPTIONS] = {
    [HT_OPT_NR_IRQS_GSI] = 8,
};

static const char *const profile_names[HT_NPROFILES] = {
    [HT_PROFILE_DOC] = "doc",
    [HT_PROFILE_XEN_4_2] = "xen-4.2",
};

const char *ht_profile_name(uint32_t profile)
{
    return profile < HT_NPROFILES ? profile_names[profile] : 0;
}
