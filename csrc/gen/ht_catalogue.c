/* Automatically generated from the call catalogue by haptrace.catalogue.generate; DO NOT EDIT. */
#include "ht_handlers.h"

/* Documented errnos per call and profile, ascending. */
static const uint16_t codes_0_doc[] = {1, 3, 13, 18, 19, 38};
static const uint16_t codes_0_xen_4_2[] = {1, 3, 13, 18, 19, 38};
static const uint16_t codes_0_xen_4_17[] = {1, 3, 13, 18, 19, 38, 95};
static const uint16_t codes_1_doc[] = {1, 2, 3, 12, 13, 19, 22, 28, 38};
static const uint16_t codes_1_xen_4_2[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 38};
static const uint16_t codes_1_xen_4_17[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 38, 95};
static const uint16_t codes_2_doc[] = {1, 3, 13, 16, 19, 22, 38};
static const uint16_t codes_2_xen_4_2[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_2_xen_4_17[] = {1, 3, 13, 22, 38};
static const uint16_t codes_3_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_3_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_3_xen_4_17[] = {1, 3, 13, 19, 22, 38};
static const uint16_t codes_4_doc[] = {1, 2, 3, 7, 12, 17, 19, 22, 38};
static const uint16_t codes_4_xen_4_2[] = {1, 2, 3, 7, 12, 17, 19, 22, 38};
static const uint16_t codes_4_xen_4_17[] = {1, 2, 3, 7, 12, 17, 18, 19, 22, 38, 95};
static const uint16_t codes_5_doc[] = {1, 2, 3, 7, 12, 17, 19, 22, 38};
static const uint16_t codes_5_xen_4_2[] = {1, 2, 3, 7, 12, 17, 19, 22, 38};
static const uint16_t codes_5_xen_4_17[] = {1, 2, 3, 6, 7, 12, 17, 18, 19, 22, 38, 95};
static const uint16_t codes_6_doc[] = {1, 3, 9, 10, 19, 22, 38};
static const uint16_t codes_6_xen_4_2[] = {1, 3, 9, 10, 19, 22, 38};
static const uint16_t codes_6_xen_4_17[] = {1, 2, 3, 6, 9, 10, 18, 19, 22, 38, 95};
static const uint16_t codes_7_doc[] = {1, 3, 9, 10, 19, 22, 38};
static const uint16_t codes_7_xen_4_2[] = {1, 3, 9, 10, 19, 22, 38};
static const uint16_t codes_7_xen_4_17[] = {1, 2, 3, 6, 9, 10, 18, 19, 22, 38, 95};
static const uint16_t codes_8_doc[] = {1, 2, 3, 9, 10, 12, 19, 22, 38};
static const uint16_t codes_8_xen_4_2[] = {1, 2, 3, 9, 10, 12, 19, 22, 38};
static const uint16_t codes_8_xen_4_17[] = {1, 2, 3, 9, 10, 12, 18, 19, 22, 38, 95};
static const uint16_t codes_9_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_9_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_9_xen_4_17[] = {1, 3, 18, 19, 22, 38, 95};
static const uint16_t codes_10_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_10_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_10_xen_4_17[] = {1, 2, 3, 6, 18, 19, 22, 38, 95};
static const uint16_t codes_11_doc[] = {38};
static const uint16_t codes_11_xen_4_2[] = {38};
static const uint16_t codes_11_xen_4_17[] = {38, 95};
static const uint16_t codes_12_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_12_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_12_xen_4_17[] = {1, 2, 3, 7, 12, 17, 18, 19, 22, 38, 95};
static const uint16_t codes_13_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_13_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_13_xen_4_17[] = {1, 3, 16, 18, 19, 22, 38, 95};
static const uint16_t codes_14_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_14_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_14_xen_4_17[] = {1, 3, 18, 19, 22, 38, 95};
static const uint16_t codes_15_doc[] = {38};
static const uint16_t codes_15_xen_4_2[] = {38};
static const uint16_t codes_15_xen_4_17[] = {38};
static const uint16_t codes_16_doc[] = {38};
static const uint16_t codes_16_xen_4_2[] = {38};
static const uint16_t codes_16_xen_4_17[] = {38};
static const uint16_t codes_17_doc[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 31, 38};
static const uint16_t codes_17_xen_4_2[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 31, 38};
static const uint16_t codes_17_xen_4_17[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 31, 38, 95};
static const uint16_t codes_18_doc[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_18_xen_4_2[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_18_xen_4_17[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_19_doc[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_19_xen_4_2[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_19_xen_4_17[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_20_doc[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_20_xen_4_2[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_20_xen_4_17[] = {1, 3, 16, 19, 22, 38};
static const uint16_t codes_21_doc[] = {1, 2, 3, 19, 22, 38};
static const uint16_t codes_21_xen_4_2[] = {1, 2, 3, 19, 22, 38};
static const uint16_t codes_21_xen_4_17[] = {1, 2, 3, 19, 22, 38};
static const uint16_t codes_22_doc[] = {1, 2, 3, 12, 14, 19, 22, 38};
static const uint16_t codes_22_xen_4_2[] = {1, 2, 3, 12, 14, 19, 22, 38};
static const uint16_t codes_22_xen_4_17[] = {1, 2, 3, 12, 14, 19, 22, 38};
static const uint16_t codes_23_doc[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 38};
static const uint16_t codes_23_xen_4_2[] = {1, 2, 3, 12, 13, 16, 19, 22, 28, 38};
static const uint16_t codes_23_xen_4_17[] = {1, 2, 3, 12, 13, 16, 22, 28, 38, 95};
static const uint16_t codes_24_doc[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_24_xen_4_2[] = {1, 3, 13, 22, 38};
static const uint16_t codes_24_xen_4_17[] = {1, 3, 13, 16, 22, 38};
static const uint16_t codes_25_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_25_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_25_xen_4_17[] = {1, 3, 19, 22, 38};
static const uint16_t codes_26_doc[] = {1, 3, 12, 13, 22, 38};
static const uint16_t codes_26_xen_4_2[] = {1, 3, 12, 13, 22, 38};
static const uint16_t codes_26_xen_4_17[] = {1, 3, 12, 13, 19, 22, 38};
static const uint16_t codes_27_doc[] = {1, 3, 13, 22, 34, 38};
static const uint16_t codes_27_xen_4_2[] = {1, 3, 13, 22, 34, 38};
static const uint16_t codes_27_xen_4_17[] = {1, 3, 13, 19, 22, 38};
static const uint16_t codes_28_doc[] = {1, 3, 19, 22, 38};
static const uint16_t codes_28_xen_4_2[] = {1, 3, 19, 22, 38};
static const uint16_t codes_28_xen_4_17[] = {1, 3, 12, 13, 14, 19, 22, 38};
static const uint16_t codes_29_doc[] = {1, 3, 13, 38};
static const uint16_t codes_29_xen_4_2[] = {1, 3, 13, 38};
static const uint16_t codes_29_xen_4_17[] = {1, 3, 13};
static const uint16_t codes_30_doc[] = {13};
static const uint16_t codes_30_xen_4_2[] = {13};
static const uint16_t codes_30_xen_4_17[] = {13};
static const uint16_t codes_31_doc[] = {13};
static const uint16_t codes_31_xen_4_2[] = {13};
static const uint16_t codes_31_xen_4_17[] = {13};
static const uint16_t codes_32_doc[] = {13};
static const uint16_t codes_32_xen_4_2[] = {13};
static const uint16_t codes_32_xen_4_17[] = {13};
static const uint16_t codes_33_doc[] = {1, 3, 13};
static const uint16_t codes_33_xen_4_2[] = {1, 3, 13};
static const uint16_t codes_33_xen_4_17[] = {1, 3, 13};
static const uint16_t codes_34_doc[] = {1, 3, 13};
static const uint16_t codes_34_xen_4_2[] = {1, 3, 13};
static const uint16_t codes_34_xen_4_17[] = {1, 3, 13};
static const uint16_t codes_35_doc[] = {0};
static const uint16_t codes_35_xen_4_2[] = {0};
static const uint16_t codes_35_xen_4_17[] = {0};
static const uint16_t codes_36_doc[] = {1, 2, 3, 13, 16};
static const uint16_t codes_36_xen_4_2[] = {1, 2, 3};
static const uint16_t codes_36_xen_4_17[] = {1, 2, 3, 13};
static const uint16_t codes_37_doc[] = {1, 3, 13};
static const uint16_t codes_37_xen_4_2[] = {1, 3, 13};
static const uint16_t codes_37_xen_4_17[] = {1, 3, 13};
static const uint16_t codes_38_doc[] = {1, 3, 13, 38};
static const uint16_t codes_38_xen_4_2[] = {1, 3, 13, 38};
static const uint16_t codes_38_xen_4_17[] = {1, 3, 13};
static const uint16_t codes_39_doc[] = {1, 3, 13, 38};
static const uint16_t codes_39_xen_4_2[] = {1, 3, 13, 38};
static const uint16_t codes_39_xen_4_17[] = {1, 3, 13};
static const uint16_t codes_40_doc[] = {1, 3, 13, 22, 38};
static const uint16_t codes_40_xen_4_2[] = {1, 3, 13, 22, 38};
static const uint16_t codes_40_xen_4_17[] = {1, 3, 13, 22};
static const uint16_t codes_41_doc[] = {1, 3, 13, 22, 38};
static const uint16_t codes_41_xen_4_2[] = {1, 3, 13, 22, 38};
static const uint16_t codes_41_xen_4_17[] = {1, 3, 13, 22};
static const uint16_t codes_42_doc[] = {1, 3, 13, 22, 38};
static const uint16_t codes_42_xen_4_2[] = {1, 3, 13, 22, 38};
static const uint16_t codes_42_xen_4_17[] = {1, 3, 13, 22};
static const uint16_t codes_43_doc[] = {12, 17, 22};
static const uint16_t codes_43_xen_4_2[] = {12, 17, 22};
static const uint16_t codes_43_xen_4_17[] = {12, 17, 22};
static const uint16_t codes_44_doc[] = {3, 22};
static const uint16_t codes_44_xen_4_2[] = {3, 22};
static const uint16_t codes_44_xen_4_17[] = {3, 22};
static const uint16_t codes_45_doc[] = {3, 22};
static const uint16_t codes_45_xen_4_2[] = {3, 22};
static const uint16_t codes_45_xen_4_17[] = {3, 22};
static const uint16_t codes_46_doc[] = {1, 3, 13, 22};
static const uint16_t codes_46_xen_4_2[] = {1, 3, 13, 22};
static const uint16_t codes_46_xen_4_17[] = {1, 3, 13, 22};
static const uint16_t codes_47_doc[] = {1, 13, 18, 19, 22, 28};
static const uint16_t codes_47_xen_4_2[] = {1, 13, 18, 19, 22, 28};
static const uint16_t codes_47_xen_4_17[] = {1, 13, 18, 19, 22, 28};
static const uint16_t codes_48_doc[] = {1, 3, 13, 22};
static const uint16_t codes_48_xen_4_2[] = {1, 3, 13, 22};
static const uint16_t codes_48_xen_4_17[] = {1, 3, 13, 22};
static const uint16_t codes_49_doc[] = {3, 22};
static const uint16_t codes_49_xen_4_2[] = {3, 22};
static const uint16_t codes_49_xen_4_17[] = {3, 22};
static const uint16_t codes_50_doc[] = {1, 3, 16, 22};
static const uint16_t codes_50_xen_4_2[] = {1, 3, 13, 22};
static const uint16_t codes_50_xen_4_17[] = {1, 3, 16, 22};
static const uint16_t codes_51_doc[] = {2, 3, 11, 13, 14, 16, 22};
static const uint16_t codes_51_xen_4_2[] = {2, 3, 11, 13, 14, 16, 22};
static const uint16_t codes_51_xen_4_17[] = {2, 3, 11, 13, 14, 16, 22};
static const uint16_t codes_52_doc[] = {2, 3, 11, 12, 13, 14, 16, 22};
static const uint16_t codes_52_xen_4_2[] = {2, 3, 11, 12, 13, 14, 16, 22};
static const uint16_t codes_52_xen_4_17[] = {2, 3, 11, 12, 13, 14, 16, 22};
static const uint16_t codes_53_doc[] = {2, 3, 11, 13, 14, 16, 22};
static const uint16_t codes_53_xen_4_2[] = {2, 3, 11, 13, 14, 16, 22};
static const uint16_t codes_53_xen_4_17[] = {2, 3, 11, 13, 14, 16, 22};
static const uint16_t codes_54_doc[] = {2, 3, 12, 22, 28};
static const uint16_t codes_54_xen_4_2[] = {2, 3, 12, 22, 28};
static const uint16_t codes_54_xen_4_17[] = {2, 3, 12, 22, 28};
static const uint16_t codes_55_doc[] = {22};
static const uint16_t codes_55_xen_4_2[] = {22};
static const uint16_t codes_55_xen_4_17[] = {22};
static const uint16_t codes_56_doc[] = {3, 22, 28};
static const uint16_t codes_56_xen_4_2[] = {3, 22, 28};
static const uint16_t codes_56_xen_4_17[] = {3, 22, 28};
static const uint16_t codes_57_doc[] = {3, 16, 22};
static const uint16_t codes_57_xen_4_2[] = {3, 16, 22};
static const uint16_t codes_57_xen_4_17[] = {3, 16, 22};
static const uint16_t codes_58_doc[] = {1, 3, 11, 22, 28};
static const uint16_t codes_58_xen_4_2[] = {1, 3, 11, 22, 28};
static const uint16_t codes_58_xen_4_17[] = {1, 3, 11, 22, 28};
static const uint16_t codes_59_doc[] = {22};
static const uint16_t codes_59_xen_4_2[] = {22};
static const uint16_t codes_59_xen_4_17[] = {22};
static const uint16_t codes_60_doc[] = {3, 19, 22, 61};
static const uint16_t codes_60_xen_4_2[] = {3, 19, 22, 61};
static const uint16_t codes_60_xen_4_17[] = {3, 19, 22, 61};
static const uint16_t codes_61_doc[] = {3, 19, 22, 28};
static const uint16_t codes_61_xen_4_2[] = {3, 19, 22, 28};
static const uint16_t codes_61_xen_4_17[] = {3, 19, 22, 28};
static const uint16_t codes_62_doc[] = {3, 19, 22, 28};
static const uint16_t codes_62_xen_4_2[] = {3, 19, 22, 28};
static const uint16_t codes_62_xen_4_17[] = {3, 19, 22, 28};
static const uint16_t codes_63_doc[] = {3, 22};
static const uint16_t codes_63_xen_4_2[] = {3, 22};
static const uint16_t codes_63_xen_4_17[] = {3, 22};
static const uint16_t codes_64_doc[] = {3};
static const uint16_t codes_64_xen_4_2[] = {3};
static const uint16_t codes_64_xen_4_17[] = {3};
static const uint16_t codes_65_doc[] = {1, 3, 13, 22, 38};
static const uint16_t codes_65_xen_4_2[] = {1, 3, 13, 22, 38};
static const uint16_t codes_65_xen_4_17[] = {1, 3, 13, 22, 38};
static const uint16_t codes_66_doc[] = {1, 3, 13, 22, 38};
static const uint16_t codes_66_xen_4_2[] = {1, 3, 13, 22, 38};
static const uint16_t codes_66_xen_4_17[] = {1, 3, 13, 22, 38};
static const uint16_t codes_67_doc[] = {22};
static const uint16_t codes_67_xen_4_2[] = {22};
static const uint16_t codes_67_xen_4_17[] = {22};
static const uint16_t codes_68_doc[] = {1, 3, 12, 13, 14, 22, 28};
static const uint16_t codes_68_xen_4_2[] = {1, 3, 12, 13, 14, 22, 28};
static const uint16_t codes_68_xen_4_17[] = {1, 3, 12, 13, 14, 22, 28};
static const uint16_t codes_69_doc[] = {3, 12, 13, 14, 22, 28};
static const uint16_t codes_69_xen_4_2[] = {3, 12, 13, 14, 22, 28};
static const uint16_t codes_69_xen_4_17[] = {3, 12, 13, 14, 22, 28};
static const uint16_t codes_70_doc[] = {2, 12, 14, 17, 22, 28};
static const uint16_t codes_70_xen_4_2[] = {2, 12, 14, 17, 22, 28};
static const uint16_t codes_70_xen_4_17[] = {2, 12, 14, 17, 22, 28};
static const uint16_t codes_71_doc[] = {2, 12, 14, 22, 28};
static const uint16_t codes_71_xen_4_2[] = {2, 12, 14, 22, 28};
static const uint16_t codes_71_xen_4_17[] = {2, 12, 14, 22, 28};
static const uint16_t codes_72_doc[] = {1, 12, 14, 17, 22, 28};
static const uint16_t codes_72_xen_4_2[] = {1, 12, 14, 17, 22, 28};
static const uint16_t codes_72_xen_4_17[] = {1, 12, 14, 17, 22, 28};
static const uint16_t codes_73_doc[] = {14, 22};
static const uint16_t codes_73_xen_4_2[] = {14, 22};
static const uint16_t codes_73_xen_4_17[] = {14, 22};
static const uint16_t codes_74_doc[] = {13, 14, 22};
static const uint16_t codes_74_xen_4_2[] = {13, 14, 22};
static const uint16_t codes_74_xen_4_17[] = {13, 14, 22};
static const uint16_t codes_75_doc[] = {1, 3, 13, 14, 22};
static const uint16_t codes_75_xen_4_2[] = {1, 3, 13, 14, 22};
static const uint16_t codes_75_xen_4_17[] = {1, 3, 13, 14, 22};
static const uint16_t codes_76_doc[] = {2, 14, 22};
static const uint16_t codes_76_xen_4_2[] = {2, 14, 22};
static const uint16_t codes_76_xen_4_17[] = {2, 14, 22};
static const uint16_t codes_77_doc[] = {14, 22};
static const uint16_t codes_77_xen_4_2[] = {14, 22};
static const uint16_t codes_77_xen_4_17[] = {14, 22};
static const uint16_t codes_78_doc[] = {1, 3, 13, 14};
static const uint16_t codes_78_xen_4_2[] = {1, 3, 13, 14};
static const uint16_t codes_78_xen_4_17[] = {1, 3, 13, 14};
static const uint16_t codes_79_doc[] = {14, 38};
static const uint16_t codes_79_xen_4_2[] = {14, 38};
static const uint16_t codes_79_xen_4_17[] = {14, 38};
static const uint16_t codes_80_doc[] = {3, 22};
static const uint16_t codes_80_xen_4_2[] = {3, 22};
static const uint16_t codes_80_xen_4_17[] = {3, 22};
static const uint16_t codes_81_doc[] = {3, 22};
static const uint16_t codes_81_xen_4_2[] = {3, 22};
static const uint16_t codes_81_xen_4_17[] = {3, 22};
static const uint16_t codes_82_doc[] = {3, 22};
static const uint16_t codes_82_xen_4_2[] = {3, 22};
static const uint16_t codes_82_xen_4_17[] = {3, 22};
static const uint16_t codes_83_doc[] = {3, 22};
static const uint16_t codes_83_xen_4_2[] = {3, 22};
static const uint16_t codes_83_xen_4_17[] = {3, 22};
static const uint16_t codes_84_doc[] = {3, 22};
static const uint16_t codes_84_xen_4_2[] = {3, 22};
static const uint16_t codes_84_xen_4_17[] = {3, 22};
static const uint16_t codes_85_doc[] = {16, 22};
static const uint16_t codes_85_xen_4_2[] = {16, 22};
static const uint16_t codes_85_xen_4_17[] = {16, 22};
static const uint16_t codes_86_doc[] = {0};
static const uint16_t codes_86_xen_4_2[] = {0};
static const uint16_t codes_86_xen_4_17[] = {0};
static const uint16_t codes_87_doc[] = {0};
static const uint16_t codes_87_xen_4_2[] = {0};
static const uint16_t codes_87_xen_4_17[] = {0};
static const uint16_t codes_88_doc[] = {14};
static const uint16_t codes_88_xen_4_2[] = {14};
static const uint16_t codes_88_xen_4_17[] = {14};
static const uint16_t codes_89_doc[] = {14};
static const uint16_t codes_89_xen_4_2[] = {14};
static const uint16_t codes_89_xen_4_17[] = {14};
static const uint16_t codes_90_doc[] = {14, 22};
static const uint16_t codes_90_xen_4_2[] = {14, 22};
static const uint16_t codes_90_xen_4_17[] = {14, 22};
static const uint16_t codes_91_doc[] = {1, 3, 13, 14};
static const uint16_t codes_91_xen_4_2[] = {1, 3, 13, 14};
static const uint16_t codes_91_xen_4_17[] = {1, 3, 13, 14};
static const uint16_t codes_92_doc[] = {14, 22, 28};
static const uint16_t codes_92_xen_4_2[] = {14, 22, 28};
static const uint16_t codes_92_xen_4_17[] = {14, 22, 28};
static const uint16_t codes_93_doc[] = {14, 38};
static const uint16_t codes_93_xen_4_2[] = {14, 38};
static const uint16_t codes_93_xen_4_17[] = {14, 38};
static const uint16_t codes_94_doc[] = {1, 3, 13, 38};
static const uint16_t codes_94_xen_4_2[] = {1, 3, 13, 38};
static const uint16_t codes_94_xen_4_17[] = {1, 3, 13};
static const uint16_t codes_95_doc[] = {3, 22};
static const uint16_t codes_95_xen_4_2[] = {3, 22};
static const uint16_t codes_95_xen_4_17[] = {3, 22};
static const uint16_t codes_96_doc[] = {3, 22};
static const uint16_t codes_96_xen_4_2[] = {3, 22};
static const uint16_t codes_96_xen_4_17[] = {3, 22};
static const uint16_t codes_97_doc[] = {1, 2, 3, 12, 13, 14, 22};
static const uint16_t codes_97_xen_4_2[] = {38};
static const uint16_t codes_97_xen_4_17[] = {1, 2, 3, 12, 13, 14, 22};
static const uint16_t codes_98_doc[] = {1, 3, 13, 22};
static const uint16_t codes_98_xen_4_2[] = {38};
static const uint16_t codes_98_xen_4_17[] = {1, 3, 13, 22};
static const uint16_t codes_99_doc[] = {1, 2, 3, 12, 13, 22, 28};
static const uint16_t codes_99_xen_4_2[] = {38};
static const uint16_t codes_99_xen_4_17[] = {1, 2, 3, 12, 13, 22, 28};
static const uint16_t codes_100_doc[] = {22};
static const uint16_t codes_100_xen_4_2[] = {22};
static const uint16_t codes_100_xen_4_17[] = {22};
static const uint16_t codes_101_doc[] = {1, 3, 12, 13, 22, 28, 38};
static const uint16_t codes_101_xen_4_2[] = {38};
static const uint16_t codes_101_xen_4_17[] = {1, 3, 12, 13, 22, 28};
static const uint16_t codes_102_doc[] = {1, 2, 3, 13, 22, 38};
static const uint16_t codes_102_xen_4_2[] = {38};
static const uint16_t codes_102_xen_4_17[] = {1, 2, 3, 13, 22};
static const uint16_t codes_103_doc[] = {1, 12, 19};
static const uint16_t codes_103_xen_4_2[] = {1, 12, 19};
static const uint16_t codes_103_xen_4_17[] = {38};
static const uint16_t codes_104_doc[] = {12, 19};
static const uint16_t codes_104_xen_4_2[] = {12, 19};
static const uint16_t codes_104_xen_4_17[] = {38};
static const uint16_t codes_105_doc[] = {12, 19, 28, 1000};
static const uint16_t codes_105_xen_4_2[] = {12, 19, 28, 1000};
static const uint16_t codes_105_xen_4_17[] = {38};
static const uint16_t codes_106_doc[] = {12, 14, 19, 28, 1000};
static const uint16_t codes_106_xen_4_2[] = {12, 14, 19, 28, 1000};
static const uint16_t codes_106_xen_4_17[] = {38};
static const uint16_t codes_107_doc[] = {12, 14, 19, 1001};
static const uint16_t codes_107_xen_4_2[] = {12, 14, 19, 1001};
static const uint16_t codes_107_xen_4_17[] = {38};
static const uint16_t codes_108_doc[] = {12, 19, 1000};
static const uint16_t codes_108_xen_4_2[] = {12, 19, 1000};
static const uint16_t codes_108_xen_4_17[] = {38};
static const uint16_t codes_109_doc[] = {12, 19, 1000};
static const uint16_t codes_109_xen_4_2[] = {12, 19, 1000};
static const uint16_t codes_109_xen_4_17[] = {38};
static const uint16_t codes_110_doc[] = {12, 14, 19, 22, 1001};
static const uint16_t codes_110_xen_4_2[] = {12, 14, 19, 1001};
static const uint16_t codes_110_xen_4_17[] = {38};
static const uint16_t codes_111_doc[] = {12, 14, 19, 22, 28, 1000};
static const uint16_t codes_111_xen_4_2[] = {12, 14, 19, 28, 1000};
static const uint16_t codes_111_xen_4_17[] = {38};
static const uint16_t codes_112_doc[] = {12, 19};
static const uint16_t codes_112_xen_4_2[] = {12, 19};
static const uint16_t codes_112_xen_4_17[] = {38};
static const uint16_t codes_113_doc[] = {12, 19};
static const uint16_t codes_113_xen_4_2[] = {12, 19};
static const uint16_t codes_113_xen_4_17[] = {38};
static const uint16_t codes_114_doc[] = {12, 19, 22};
static const uint16_t codes_114_xen_4_2[] = {12, 19, 22};
static const uint16_t codes_114_xen_4_17[] = {38};
static const uint16_t codes_115_doc[] = {1, 12, 19};
static const uint16_t codes_115_xen_4_2[] = {1, 12, 19};
static const uint16_t codes_115_xen_4_17[] = {38};
static const uint16_t codes_116_doc[] = {1, 19};
static const uint16_t codes_116_xen_4_2[] = {1, 19};
static const uint16_t codes_116_xen_4_17[] = {38};
static const uint16_t codes_117_doc[] = {1, 19};
static const uint16_t codes_117_xen_4_2[] = {1, 19};
static const uint16_t codes_117_xen_4_17[] = {38};
static const uint16_t codes_118_doc[] = {1, 19};
static const uint16_t codes_118_xen_4_2[] = {1, 19};
static const uint16_t codes_118_xen_4_17[] = {38};
static const uint16_t codes_119_doc[] = {1, 19};
static const uint16_t codes_119_xen_4_2[] = {1, 19};
static const uint16_t codes_119_xen_4_17[] = {38};
static const uint16_t codes_120_doc[] = {1, 19};
static const uint16_t codes_120_xen_4_2[] = {1, 19};
static const uint16_t codes_120_xen_4_17[] = {38};
static const uint16_t codes_121_doc[] = {1, 19};
static const uint16_t codes_121_xen_4_2[] = {1, 19};
static const uint16_t codes_121_xen_4_17[] = {38};
static const uint16_t codes_122_doc[] = {1, 19};
static const uint16_t codes_122_xen_4_2[] = {1, 19};
static const uint16_t codes_122_xen_4_17[] = {38};
static const uint16_t codes_123_doc[] = {1, 19};
static const uint16_t codes_123_xen_4_2[] = {1, 19};
static const uint16_t codes_123_xen_4_17[] = {38};
static const uint16_t codes_124_doc[] = {1, 19};
static const uint16_t codes_124_xen_4_2[] = {19};
static const uint16_t codes_124_xen_4_17[] = {38};
static const uint16_t codes_125_doc[] = {1, 19};
static const uint16_t codes_125_xen_4_2[] = {19};
static const uint16_t codes_125_xen_4_17[] = {38};
static const uint16_t codes_126_doc[] = {1, 19};
static const uint16_t codes_126_xen_4_2[] = {19};
static const uint16_t codes_126_xen_4_17[] = {38};
static const uint16_t codes_127_doc[] = {1, 19};
static const uint16_t codes_127_xen_4_2[] = {19};
static const uint16_t codes_127_xen_4_17[] = {38};
static const uint16_t codes_128_doc[] = {1, 2, 19};
static const uint16_t codes_128_xen_4_2[] = {1, 2, 19};
static const uint16_t codes_128_xen_4_17[] = {38};
static const uint16_t codes_129_doc[] = {1, 2, 19};
static const uint16_t codes_129_xen_4_2[] = {1, 2, 19};
static const uint16_t codes_129_xen_4_17[] = {38};
static const uint16_t codes_130_doc[] = {1, 19};
static const uint16_t codes_130_xen_4_2[] = {1, 19};
static const uint16_t codes_130_xen_4_17[] = {38};
static const uint16_t codes_131_doc[] = {1, 19};
static const uint16_t codes_131_xen_4_2[] = {1, 19};
static const uint16_t codes_131_xen_4_17[] = {38};
static const uint16_t codes_132_doc[] = {1, 19};
static const uint16_t codes_132_xen_4_2[] = {1, 19};
static const uint16_t codes_132_xen_4_17[] = {38};
static const uint16_t codes_133_doc[] = {1, 19};
static const uint16_t codes_133_xen_4_2[] = {1, 19};
static const uint16_t codes_133_xen_4_17[] = {38};
static const uint16_t codes_134_doc[] = {1, 12, 19};
static const uint16_t codes_134_xen_4_2[] = {1, 12, 19};
static const uint16_t codes_134_xen_4_17[] = {38};
static const uint16_t codes_135_doc[] = {1, 19};
static const uint16_t codes_135_xen_4_2[] = {19};
static const uint16_t codes_135_xen_4_17[] = {38};
static const uint16_t codes_136_doc[] = {1, 19};
static const uint16_t codes_136_xen_4_2[] = {1, 19};
static const uint16_t codes_136_xen_4_17[] = {38};
static const uint16_t codes_137_doc[] = {1, 19};
static const uint16_t codes_137_xen_4_2[] = {1, 19};
static const uint16_t codes_137_xen_4_17[] = {38};
static const uint16_t codes_138_doc[] = {1, 12, 19, 22, 28, 1000};
static const uint16_t codes_138_xen_4_2[] = {1, 12, 19, 28, 1000};
static const uint16_t codes_138_xen_4_17[] = {38};
static const uint16_t codes_139_doc[] = {1, 19, 1000};
static const uint16_t codes_139_xen_4_2[] = {1, 19, 1000};
static const uint16_t codes_139_xen_4_17[] = {38};
static const uint16_t codes_140_doc[] = {1, 19};
static const uint16_t codes_140_xen_4_2[] = {1, 19};
static const uint16_t codes_140_xen_4_17[] = {38};
static const uint16_t codes_141_doc[] = {1, 3, 12, 14, 22};
static const uint16_t codes_141_xen_4_2[] = {1, 3, 12, 14, 22};
static const uint16_t codes_141_xen_4_17[] = {1, 3, 12, 14, 22};
static const uint16_t codes_142_doc[] = {1, 3, 12, 14, 22, 38};
static const uint16_t codes_142_xen_4_2[] = {38};
static const uint16_t codes_142_xen_4_17[] = {0};
static const uint16_t codes_143_doc[] = {1, 3, 14, 22, 38};
static const uint16_t codes_143_xen_4_2[] = {38};
static const uint16_t codes_143_xen_4_17[] = {0};
static const uint16_t codes_144_doc[] = {22};
static const uint16_t codes_144_xen_4_2[] = {22};
static const uint16_t codes_144_xen_4_17[] = {22};
static const uint16_t codes_145_doc[] = {1, 12, 22, 38};
static const uint16_t codes_145_xen_4_2[] = {1, 12, 22, 38};
static const uint16_t codes_145_xen_4_17[] = {1, 12, 17, 22};
static const uint16_t codes_146_doc[] = {1, 3, 13, 22, 38};
static const uint16_t codes_146_xen_4_2[] = {1, 3, 13, 22, 38};
static const uint16_t codes_146_xen_4_17[] = {1, 3, 13, 22};
static const uint16_t codes_147_doc[] = {1, 3, 13, 38};
static const uint16_t codes_147_xen_4_2[] = {1, 3, 13, 38};
static const uint16_t codes_147_xen_4_17[] = {1, 3, 13};
static const uint16_t codes_148_doc[] = {1, 13, 14};
static const uint16_t codes_148_xen_4_2[] = {1, 13, 14};
static const uint16_t codes_148_xen_4_17[] = {1, 13, 14};
static const uint16_t codes_149_doc[] = {1};
static const uint16_t codes_149_xen_4_2[] = {1};
static const uint16_t codes_149_xen_4_17[] = {1};
static const uint16_t codes_150_doc[] = {1, 3, 13, 22};
static const uint16_t codes_150_xen_4_2[] = {1, 3, 13, 22};
static const uint16_t codes_150_xen_4_17[] = {1, 3, 13, 22};
static const uint16_t codes_151_doc[] = {1, 3, 7, 12, 13, 14, 38};
static const uint16_t codes_151_xen_4_2[] = {1, 3, 7, 12, 13, 14, 38};
static const uint16_t codes_151_xen_4_17[] = {1, 3, 7, 12, 13, 14};
static const uint16_t codes_152_doc[] = {1, 38};
static const uint16_t codes_152_xen_4_2[] = {1, 38};
static const uint16_t codes_152_xen_4_17[] = {1, 38};
static const uint16_t codes_153_doc[] = {2, 12, 14, 17, 22, 38};
static const uint16_t codes_153_xen_4_2[] = {2, 12, 14, 17, 22, 38};
static const uint16_t codes_153_xen_4_17[] = {2, 12, 14, 17};
static const uint16_t codes_154_doc[] = {2, 22, 38};
static const uint16_t codes_154_xen_4_2[] = {2, 22, 38};
static const uint16_t codes_154_xen_4_17[] = {2, 22};
static const uint16_t codes_155_doc[] = {2, 22, 38};
static const uint16_t codes_155_xen_4_2[] = {2, 22, 38};
static const uint16_t codes_155_xen_4_17[] = {2};
static const uint16_t codes_156_doc[] = {2, 22, 38};
static const uint16_t codes_156_xen_4_2[] = {2, 22, 38};
static const uint16_t codes_156_xen_4_17[] = {2};
static const uint16_t codes_157_doc[] = {2, 14, 22};
static const uint16_t codes_157_xen_4_2[] = {2, 14, 22};
static const uint16_t codes_157_xen_4_17[] = {2, 14};
static const uint16_t codes_158_doc[] = {2, 14, 22};
static const uint16_t codes_158_xen_4_2[] = {2, 14, 22};
static const uint16_t codes_158_xen_4_17[] = {2, 14};
static const uint16_t codes_159_doc[] = {2, 14, 22};
static const uint16_t codes_159_xen_4_2[] = {2, 14, 22};
static const uint16_t codes_159_xen_4_17[] = {2, 14, 22};
static const uint16_t codes_160_doc[] = {2, 22};
static const uint16_t codes_160_xen_4_2[] = {2, 22};
static const uint16_t codes_160_xen_4_17[] = {2};
static const uint16_t codes_161_doc[] = {2, 14, 22, 62};
static const uint16_t codes_161_xen_4_2[] = {2, 14, 22, 62};
static const uint16_t codes_161_xen_4_17[] = {2, 14, 22, 62};
static const uint16_t codes_162_doc[] = {2, 22};
static const uint16_t codes_162_xen_4_2[] = {2, 22};
static const uint16_t codes_162_xen_4_17[] = {2, 22};
static const uint16_t codes_163_doc[] = {2, 12, 14, 22};
static const uint16_t codes_163_xen_4_2[] = {2, 12, 14, 22};
static const uint16_t codes_163_xen_4_17[] = {2, 6, 12, 14, 22};
static const uint16_t codes_164_doc[] = {2, 22, 38};
static const uint16_t codes_164_xen_4_2[] = {2, 22, 38};
static const uint16_t codes_164_xen_4_17[] = {2, 22};
static const uint16_t codes_165_doc[] = {2, 22, 38};
static const uint16_t codes_165_xen_4_2[] = {2, 22, 38};
static const uint16_t codes_165_xen_4_17[] = {2, 22};
static const uint16_t codes_166_doc[] = {2, 22, 38};
static const uint16_t codes_166_xen_4_2[] = {2, 22, 38};
static const uint16_t codes_166_xen_4_17[] = {2, 14};
static const uint16_t codes_167_doc[] = {2, 22, 38};
static const uint16_t codes_167_xen_4_2[] = {2, 22, 38};
static const uint16_t codes_167_xen_4_17[] = {2, 38};
static const uint16_t codes_168_doc[] = {0};
static const uint16_t codes_168_xen_4_2[] = {0};
static const uint16_t codes_168_xen_4_17[] = {0};
static const uint16_t codes_169_doc[] = {3, 22};
static const uint16_t codes_169_xen_4_2[] = {3, 22};
static const uint16_t codes_169_xen_4_17[] = {3, 22};
static const uint16_t codes_170_doc[] = {0};
static const uint16_t codes_170_xen_4_2[] = {0};
static const uint16_t codes_170_xen_4_17[] = {0};
static const uint16_t codes_171_doc[] = {14};
static const uint16_t codes_171_xen_4_2[] = {14};
static const uint16_t codes_171_xen_4_17[] = {14};
static const uint16_t codes_172_doc[] = {14};
static const uint16_t codes_172_xen_4_2[] = {14};
static const uint16_t codes_172_xen_4_17[] = {14};
static const uint16_t codes_173_doc[] = {14};
static const uint16_t codes_173_xen_4_2[] = {14};
static const uint16_t codes_173_xen_4_17[] = {14};
static const uint16_t codes_174_doc[] = {14};
static const uint16_t codes_174_xen_4_2[] = {14};
static const uint16_t codes_174_xen_4_17[] = {14};
static const uint16_t codes_175_doc[] = {14};
static const uint16_t codes_175_xen_4_2[] = {14};
static const uint16_t codes_175_xen_4_17[] = {14};
static const uint16_t codes_176_doc[] = {14, 22};
static const uint16_t codes_176_xen_4_2[] = {14, 22};
static const uint16_t codes_176_xen_4_17[] = {14, 22};
static const uint16_t codes_177_doc[] = {22};
static const uint16_t codes_177_xen_4_2[] = {22};
static const uint16_t codes_177_xen_4_17[] = {22};
static const uint16_t codes_178_doc[] = {14};
static const uint16_t codes_178_xen_4_2[] = {14};
static const uint16_t codes_178_xen_4_17[] = {14};
static const uint16_t codes_179_doc[] = {14};
static const uint16_t codes_179_xen_4_2[] = {14};
static const uint16_t codes_179_xen_4_17[] = {14};
static const uint16_t codes_180_doc[] = {38};
static const uint16_t codes_180_xen_4_2[] = {38};
static const uint16_t codes_180_xen_4_17[] = {1, 38};
static const uint16_t codes_181_doc[] = {14, 22, 38};
static const uint16_t codes_181_xen_4_2[] = {14, 22, 38};
static const uint16_t codes_181_xen_4_17[] = {14, 22};
static const uint16_t codes_182_doc[] = {38};
static const uint16_t codes_182_xen_4_2[] = {38};
static const uint16_t codes_182_xen_4_17[] = {38};
static const uint16_t codes_183_doc[] = {38};
static const uint16_t codes_183_xen_4_2[] = {38};
static const uint16_t codes_183_xen_4_17[] = {38};
static const uint16_t codes_184_doc[] = {38};
static const uint16_t codes_184_xen_4_2[] = {38};
static const uint16_t codes_184_xen_4_17[] = {38};
static const uint16_t codes_185_doc[] = {38};
static const uint16_t codes_185_xen_4_2[] = {38};
static const uint16_t codes_185_xen_4_17[] = {38};
static const uint16_t codes_186_doc[] = {38};
static const uint16_t codes_186_xen_4_2[] = {38};
static const uint16_t codes_186_xen_4_17[] = {38};
static const uint16_t codes_187_doc[] = {38};
static const uint16_t codes_187_xen_4_2[] = {38};
static const uint16_t codes_187_xen_4_17[] = {38};
static const uint16_t codes_188_doc[] = {38};
static const uint16_t codes_188_xen_4_2[] = {38};
static const uint16_t codes_188_xen_4_17[] = {38};
static const uint16_t codes_189_doc[] = {38};
static const uint16_t codes_189_xen_4_2[] = {38};
static const uint16_t codes_189_xen_4_17[] = {38};
static const uint16_t codes_190_doc[] = {38};
static const uint16_t codes_190_xen_4_2[] = {38};
static const uint16_t codes_190_xen_4_17[] = {38};
static const uint16_t codes_191_doc[] = {38};
static const uint16_t codes_191_xen_4_2[] = {38};
static const uint16_t codes_191_xen_4_17[] = {38};
static const uint16_t codes_192_doc[] = {38};
static const uint16_t codes_192_xen_4_2[] = {38};
static const uint16_t codes_192_xen_4_17[] = {38};
static const uint16_t codes_193_doc[] = {38};
static const uint16_t codes_193_xen_4_2[] = {38};
static const uint16_t codes_193_xen_4_17[] = {38};
static const uint16_t codes_194_doc[] = {38};
static const uint16_t codes_194_xen_4_2[] = {38};
static const uint16_t codes_194_xen_4_17[] = {1, 3, 13, 22};
static const uint16_t codes_195_doc[] = {38};
static const uint16_t codes_195_xen_4_2[] = {38};
static const uint16_t codes_195_xen_4_17[] = {38};
static const uint16_t codes_196_doc[] = {38};
static const uint16_t codes_196_xen_4_2[] = {38};
static const uint16_t codes_196_xen_4_17[] = {38};
static const uint16_t codes_197_doc[] = {38};
static const uint16_t codes_197_xen_4_2[] = {38};
static const uint16_t codes_197_xen_4_17[] = {38};
static const uint16_t codes_198_doc[] = {38};
static const uint16_t codes_198_xen_4_2[] = {38};
static const uint16_t codes_198_xen_4_17[] = {38};
static const uint16_t codes_199_doc[] = {38};
static const uint16_t codes_199_xen_4_2[] = {38};
static const uint16_t codes_199_xen_4_17[] = {38};
static const uint16_t codes_200_doc[] = {38};
static const uint16_t codes_200_xen_4_2[] = {38};
static const uint16_t codes_200_xen_4_17[] = {38};
static const uint16_t codes_201_doc[] = {14, 22};
static const uint16_t codes_201_xen_4_2[] = {14, 22};
static const uint16_t codes_201_xen_4_17[] = {14, 22};
static const uint16_t codes_202_doc[] = {38};
static const uint16_t codes_202_xen_4_2[] = {38};
static const uint16_t codes_202_xen_4_17[] = {38};
static const uint16_t codes_203_doc[] = {22, 38};
static const uint16_t codes_203_xen_4_2[] = {22, 38};
static const uint16_t codes_203_xen_4_17[] = {22, 38};
static const uint16_t codes_204_doc[] = {14, 22, 38};
static const uint16_t codes_204_xen_4_2[] = {14, 22, 38};
static const uint16_t codes_204_xen_4_17[] = {14, 22, 38};
static const uint16_t codes_205_doc[] = {38};
static const uint16_t codes_205_xen_4_2[] = {38};
static const uint16_t codes_205_xen_4_17[] = {38};
static const uint16_t codes_206_doc[] = {1, 14, 38};
static const uint16_t codes_206_xen_4_2[] = {1, 14, 38};
static const uint16_t codes_206_xen_4_17[] = {1, 14};
static const uint16_t codes_207_doc[] = {1, 14, 38};
static const uint16_t codes_207_xen_4_2[] = {1, 14, 38};
static const uint16_t codes_207_xen_4_17[] = {1, 7, 14};
static const uint16_t codes_208_doc[] = {1, 38};
static const uint16_t codes_208_xen_4_2[] = {1, 38};
static const uint16_t codes_208_xen_4_17[] = {1, 38};
static const uint16_t codes_209_doc[] = {38};
static const uint16_t codes_209_xen_4_2[] = {38};
static const uint16_t codes_209_xen_4_17[] = {38};
static const uint16_t codes_210_doc[] = {22};
static const uint16_t codes_210_xen_4_2[] = {22};
static const uint16_t codes_210_xen_4_17[] = {22};
static const uint16_t codes_211_doc[] = {0};
static const uint16_t codes_211_xen_4_2[] = {0};
static const uint16_t codes_211_xen_4_17[] = {0};
static const uint16_t codes_212_doc[] = {3, 22, 28};
static const uint16_t codes_212_xen_4_2[] = {3, 22};
static const uint16_t codes_212_xen_4_17[] = {3, 22, 28};
static const uint16_t codes_213_doc[] = {14, 22};
static const uint16_t codes_213_xen_4_2[] = {14, 22};
static const uint16_t codes_213_xen_4_17[] = {14, 22};
static const uint16_t codes_214_doc[] = {14, 22};
static const uint16_t codes_214_xen_4_2[] = {14, 22};
static const uint16_t codes_214_xen_4_17[] = {14, 22};

const struct ht_call_desc ht_calls[HT_NCALLS] = {
    [HT_CALL_memshr_control] = {
        "memshr_control", 0, 0, 2, 0, HT_FAMILY_SHARING, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_0_doc, codes_0_xen_4_2, codes_0_xen_4_17},
        {6, 6, 7},
    },
    [HT_CALL_memshr_ring_enable] = {
        "memshr_ring_enable", 0, 0, 1, 1, HT_FAMILY_SHARING, 0, 2, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_1_doc, codes_1_xen_4_2, codes_1_xen_4_17},
        {9, 10, 11},
    },
    [HT_CALL_memshr_ring_disable] = {
        "memshr_ring_disable", 0, 0, 1, 0, HT_FAMILY_SHARING, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_2_doc, codes_2_xen_4_2, codes_2_xen_4_17},
        {7, 6, 5},
    },
    [HT_CALL_memshr_domain_resume] = {
        "memshr_domain_resume", 0, 0, 1, 0, HT_FAMILY_SHARING, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_3_doc, codes_3_xen_4_2, codes_3_xen_4_17},
        {5, 5, 6},
    },
    [HT_CALL_memshr_nominate_gfn] = {
        "memshr_nominate_gfn", 0, 0, 2, 1, HT_FAMILY_SHARING, 0, 2, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_4_doc, codes_4_xen_4_2, codes_4_xen_4_17},
        {9, 9, 11},
    },
    [HT_CALL_memshr_nominate_gref] = {
        "memshr_nominate_gref", 0, 0, 2, 1, HT_FAMILY_SHARING, 0, 3, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_5_doc, codes_5_xen_4_2, codes_5_xen_4_17},
        {9, 9, 12},
    },
    [HT_CALL_memshr_share_gfns] = {
        "memshr_share_gfns", 0, 0, 6, 0, HT_FAMILY_SHARING, 0, 1, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_6_doc, codes_6_xen_4_2, codes_6_xen_4_17},
        {7, 7, 11},
    },
    [HT_CALL_memshr_share_grefs] = {
        "memshr_share_grefs", 0, 0, 6, 0, HT_FAMILY_SHARING, 0, 1, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_7_doc, codes_7_xen_4_2, codes_7_xen_4_17},
        {7, 7, 11},
    },
    [HT_CALL_memshr_add_to_physmap] = {
        "memshr_add_to_physmap", 0, 0, 5, 0, HT_FAMILY_SHARING, 0, 1, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_8_doc, codes_8_xen_4_2, codes_8_xen_4_17},
        {9, 9, 11},
    },
    [HT_CALL_memshr_debug_gfn] = {
        "memshr_debug_gfn", 0, 1, 2, 0, HT_FAMILY_SHARING, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_9_doc, codes_9_xen_4_2, codes_9_xen_4_17},
        {5, 5, 7},
    },
    [HT_CALL_memshr_debug_gref] = {
        "memshr_debug_gref", 0, 1, 2, 0, HT_FAMILY_SHARING, 0, 1, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_10_doc, codes_10_xen_4_2, codes_10_xen_4_17},
        {5, 5, 9},
    },
    [HT_CALL_memshr_audit] = {
        "memshr_audit", 0, 1, 0, 0, HT_FAMILY_SHARING, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_11_doc, codes_11_xen_4_2, codes_11_xen_4_17},
        {1, 1, 2},
    },
    [HT_CALL_memshr_range_share] = {
        "memshr_range_share", 0, 0, 6, 0, HT_FAMILY_SHARING, 0, 0, 0, 12,
        {16, 16, 64, 64, 64, 48, 0, 0},
        {1, 1, 2, 2, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 1, 1, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_12_doc, codes_12_xen_4_2, codes_12_xen_4_17},
        {5, 5, 11},
    },
    [HT_CALL_memshr_fork] = {
        "memshr_fork", 0, 0, 4, 0, HT_FAMILY_SHARING, 0, 0, 0, 12,
        {16, 16, 16, 32, 0, 0, 0, 0},
        {1, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 1, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_13_doc, codes_13_xen_4_2, codes_13_xen_4_17},
        {5, 5, 8},
    },
    [HT_CALL_memshr_fork_reset] = {
        "memshr_fork_reset", 0, 0, 3, 0, HT_FAMILY_SHARING, 0, 0, 0, 12,
        {16, 16, 32, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 1, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_14_doc, codes_14_xen_4_2, codes_14_xen_4_17},
        {5, 5, 7},
    },
    [HT_CALL_sharing_freed_pages] = {
        "sharing_freed_pages", 0, 1, 0, 0, HT_FAMILY_SHARING, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_15_doc, codes_15_xen_4_2, codes_15_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_sharing_used_frames] = {
        "sharing_used_frames", 0, 1, 0, 0, HT_FAMILY_SHARING, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_16_doc, codes_16_xen_4_2, codes_16_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_mem_paging_enable] = {
        "mem_paging_enable", 0, 0, 1, 1, HT_FAMILY_PAGING, 0, 2, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_17_doc, codes_17_xen_4_2, codes_17_xen_4_17},
        {11, 11, 12},
    },
    [HT_CALL_mem_paging_disable] = {
        "mem_paging_disable", 0, 0, 1, 0, HT_FAMILY_PAGING, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_18_doc, codes_18_xen_4_2, codes_18_xen_4_17},
        {6, 6, 6},
    },
    [HT_CALL_mem_paging_nominate] = {
        "mem_paging_nominate", 0, 0, 2, 0, HT_FAMILY_PAGING, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_19_doc, codes_19_xen_4_2, codes_19_xen_4_17},
        {6, 6, 6},
    },
    [HT_CALL_mem_paging_evict] = {
        "mem_paging_evict", 0, 0, 2, 0, HT_FAMILY_PAGING, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_20_doc, codes_20_xen_4_2, codes_20_xen_4_17},
        {6, 6, 6},
    },
    [HT_CALL_mem_paging_prep] = {
        "mem_paging_prep", 0, 0, 2, 0, HT_FAMILY_PAGING, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_21_doc, codes_21_xen_4_2, codes_21_xen_4_17},
        {6, 6, 6},
    },
    [HT_CALL_mem_paging_load] = {
        "mem_paging_load", 0, 0, 3, 0, HT_FAMILY_PAGING, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_22_doc, codes_22_xen_4_2, codes_22_xen_4_17},
        {8, 8, 8},
    },
    [HT_CALL_mem_access_enable] = {
        "mem_access_enable", 0, 0, 1, 1, HT_FAMILY_ACCESS, 0, 2, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_23_doc, codes_23_xen_4_2, codes_23_xen_4_17},
        {10, 10, 10},
    },
    [HT_CALL_mem_access_disable] = {
        "mem_access_disable", 0, 0, 1, 0, HT_FAMILY_ACCESS, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_24_doc, codes_24_xen_4_2, codes_24_xen_4_17},
        {6, 5, 6},
    },
    [HT_CALL_mem_access_resume] = {
        "mem_access_resume", 0, 0, 2, 0, HT_FAMILY_ACCESS, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_25_doc, codes_25_xen_4_2, codes_25_xen_4_17},
        {5, 5, 5},
    },
    [HT_CALL_hvm_set_mem_access] = {
        "hvm_set_mem_access", 0, 0, 4, 0, HT_FAMILY_ACCESS, 0, 0, 0, 34,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0xffffffffffffffffull, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_26_doc, codes_26_xen_4_2, codes_26_xen_4_17},
        {6, 6, 7},
    },
    [HT_CALL_hvm_get_mem_access] = {
        "hvm_get_mem_access", 0, 0, 2, 1, HT_FAMILY_ACCESS, 0, 0, 0, 34,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0xffffffffffffffffull, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_27_doc, codes_27_xen_4_2, codes_27_xen_4_17},
        {6, 6, 6},
    },
    [HT_CALL_mem_access_set_multi] = {
        "mem_access_set_multi", 0, 0, 3, 0, HT_FAMILY_ACCESS, 0, 0, 1, 12,
        {16, 32, 64, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_28_doc, codes_28_xen_4_2, codes_28_xen_4_17},
        {5, 5, 8},
    },
    [HT_CALL_set_access_required] = {
        "set_access_required", 0, 0, 2, 0, HT_FAMILY_ACCESS, 0, 0, 0, 36,
        {16, 8, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_29_doc, codes_29_xen_4_2, codes_29_xen_4_17},
        {4, 4, 3},
    },
    [HT_CALL_increase_reservation] = {
        "increase_reservation", 0, 2, 5, 0, HT_FAMILY_MEMORY, 2, 2, 1, 12,
        {16, 64, 32, 32, 64, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 2, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 255, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 1, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_30_doc, codes_30_xen_4_2, codes_30_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_decrease_reservation] = {
        "decrease_reservation", 0, 2, 4, 0, HT_FAMILY_MEMORY, 2, 0, 1, 12,
        {16, 64, 32, 64, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 3, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_31_doc, codes_31_xen_4_2, codes_31_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_populate_physmap] = {
        "populate_physmap", 0, 2, 5, 0, HT_FAMILY_MEMORY, 2, 0, 1, 12,
        {16, 64, 32, 32, 64, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 4, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 255, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 1, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_32_doc, codes_32_xen_4_2, codes_32_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_current_reservation] = {
        "current_reservation", 0, 1, 1, 0, HT_FAMILY_MEMORY, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_33_doc, codes_33_xen_4_2, codes_33_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_maximum_reservation] = {
        "maximum_reservation", 0, 1, 1, 0, HT_FAMILY_MEMORY, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_34_doc, codes_34_xen_4_2, codes_34_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_maximum_ram_page] = {
        "maximum_ram_page", 0, 1, 0, 0, HT_FAMILY_MEMORY, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_35_doc, codes_35_xen_4_2, codes_35_xen_4_17},
        {0, 0, 0},
    },
    [HT_CALL_remove_from_physmap] = {
        "remove_from_physmap", 0, 0, 2, 0, HT_FAMILY_MEMORY, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_36_doc, codes_36_xen_4_2, codes_36_xen_4_17},
        {5, 3, 4},
    },
    [HT_CALL_maximum_gpfn] = {
        "maximum_gpfn", 0, 1, 1, 0, HT_FAMILY_MEMORY, 0, 0, 0, 12,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_37_doc, codes_37_xen_4_2, codes_37_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_domain_getinfo] = {
        "domain_getinfo", 0, 1, 1, 6, HT_FAMILY_DOMAIN, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_38_doc, codes_38_xen_4_2, codes_38_xen_4_17},
        {4, 4, 3},
    },
    [HT_CALL_domain_setmaxmem] = {
        "domain_setmaxmem", 0, 0, 2, 0, HT_FAMILY_DOMAIN, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_39_doc, codes_39_xen_4_2, codes_39_xen_4_17},
        {4, 4, 3},
    },
    [HT_CALL_domain_set_target] = {
        "domain_set_target", 0, 0, 2, 0, HT_FAMILY_DOMAIN, 0, 0, 0, 36,
        {16, 16, 0, 0, 0, 0, 0, 0},
        {1, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_40_doc, codes_40_xen_4_2, codes_40_xen_4_17},
        {5, 5, 4},
    },
    [HT_CALL_domain_pause] = {
        "domain_pause", 0, 0, 1, 0, HT_FAMILY_DOMAIN, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_41_doc, codes_41_xen_4_2, codes_41_xen_4_17},
        {5, 5, 4},
    },
    [HT_CALL_domain_unpause] = {
        "domain_unpause", 0, 0, 1, 0, HT_FAMILY_DOMAIN, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_42_doc, codes_42_xen_4_2, codes_42_xen_4_17},
        {5, 5, 4},
    },
    [HT_CALL_domain_create] = {
        "domain_create", 1, 0, 8, 0, HT_FAMILY_DOMAIN, 0, 0, 0, HT_NO_HYPERCALL,
        {16, 64, 64, 64, 32, 32, 32, 32},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 255, 255, 255, 255},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 4, 0, 0},
        {0, 0, 0, 0, 0, 0x3ull, 0, 0},
        {0, 0, 1, 1, 1, 1, 1, 1},
        {0, 0, 0, 0, 0x1ull, 0x1ull, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_43_doc, codes_43_xen_4_2, codes_43_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_domain_destroy] = {
        "domain_destroy", 1, 0, 1, 0, HT_FAMILY_DOMAIN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_44_doc, codes_44_xen_4_2, codes_44_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_caller_privilege] = {
        "caller_privilege", 1, 0, 2, 0, HT_FAMILY_DOMAIN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_45_doc, codes_45_xen_4_2, codes_45_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_set_hvm_param] = {
        "set_hvm_param", 1, 0, 3, 0, HT_FAMILY_DOMAIN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_46_doc, codes_46_xen_4_2, codes_46_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_assign_device] = {
        "assign_device", 1, 0, 2, 0, HT_FAMILY_DOMAIN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_47_doc, codes_47_xen_4_2, codes_47_xen_4_17},
        {6, 6, 6},
    },
    [HT_CALL_hvm_set_mem_type] = {
        "hvm_set_mem_type", 1, 0, 4, 0, HT_FAMILY_DOMAIN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_48_doc, codes_48_xen_4_2, codes_48_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_shadow_logdirty] = {
        "shadow_logdirty", 1, 0, 2, 0, HT_FAMILY_DOMAIN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_49_doc, codes_49_xen_4_2, codes_49_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_domain_memory_mapping] = {
        "domain_memory_mapping", 1, 0, 5, 0, HT_FAMILY_DOMAIN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_50_doc, codes_50_xen_4_2, codes_50_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_guest_read] = {
        "guest_read", 1, 0, 3, 1, HT_FAMILY_GUEST, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_51_doc, codes_51_xen_4_2, codes_51_xen_4_17},
        {7, 7, 7},
    },
    [HT_CALL_guest_write] = {
        "guest_write", 1, 0, 4, 0, HT_FAMILY_GUEST, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 1, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_52_doc, codes_52_xen_4_2, codes_52_xen_4_17},
        {8, 8, 8},
    },
    [HT_CALL_guest_exec] = {
        "guest_exec", 1, 0, 3, 1, HT_FAMILY_GUEST, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_53_doc, codes_53_xen_4_2, codes_53_xen_4_17},
        {7, 7, 7},
    },
    [HT_CALL_foreign_map] = {
        "foreign_map", 1, 0, 3, 1, HT_FAMILY_GUEST, 0, 2, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_54_doc, codes_54_xen_4_2, codes_54_xen_4_17},
        {5, 5, 5},
    },
    [HT_CALL_foreign_unmap] = {
        "foreign_unmap", 1, 0, 1, 0, HT_FAMILY_GUEST, 0, 1, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_55_doc, codes_55_xen_4_2, codes_55_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_grant_access] = {
        "grant_access", 1, 0, 3, 1, HT_FAMILY_GUEST, 0, 2, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_56_doc, codes_56_xen_4_2, codes_56_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_grant_end_access] = {
        "grant_end_access", 1, 0, 2, 0, HT_FAMILY_GUEST, 0, 1, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_57_doc, codes_57_xen_4_2, codes_57_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_grant_map] = {
        "grant_map", 1, 0, 3, 1, HT_FAMILY_GUEST, 0, 3, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_58_doc, codes_58_xen_4_2, codes_58_xen_4_17},
        {5, 5, 5},
    },
    [HT_CALL_grant_unmap] = {
        "grant_unmap", 1, 0, 1, 0, HT_FAMILY_GUEST, 0, 1, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_59_doc, codes_59_xen_4_2, codes_59_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_ring_get_request] = {
        "ring_get_request", 1, 0, 2, 4, HT_FAMILY_RING, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_60_doc, codes_60_xen_4_2, codes_60_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_ring_put_response] = {
        "ring_put_response", 1, 0, 5, 0, HT_FAMILY_RING, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0xfull, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_61_doc, codes_61_xen_4_2, codes_61_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_ring_put_response_versioned] = {
        "ring_put_response_versioned", 1, 0, 6, 0, HT_FAMILY_RING, 0, 0, 0, HT_NO_HYPERCALL,
        {16, 32, 64, 32, 32, 32, 0, 0},
        {1, 0, 2, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 16, 0, 0, 0},
        {0, 0, 0, 0, 0xfull, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_62_doc, codes_62_xen_4_2, codes_62_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_evtchn_send] = {
        "evtchn_send", 1, 0, 2, 0, HT_FAMILY_RING, 0, 1, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_63_doc, codes_63_xen_4_2, codes_63_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_domain_set_max_evtchn] = {
        "domain_set_max_evtchn", 1, 0, 2, 0, HT_FAMILY_RING, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_64_doc, codes_64_xen_4_2, codes_64_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_vm_event_resume] = {
        "vm_event_resume", 0, 0, 2, 0, HT_FAMILY_RING, 0, 0, 0, 36,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_65_doc, codes_65_xen_4_2, codes_65_xen_4_17},
        {5, 5, 5},
    },
    [HT_CALL_vm_event_get_version] = {
        "vm_event_get_version", 0, 0, 1, 1, HT_FAMILY_RING, 0, 0, 0, 36,
        {16, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_66_doc, codes_66_xen_4_2, codes_66_xen_4_17},
        {5, 5, 5},
    },
    [HT_CALL_inject_fault] = {
        "inject_fault", 1, 0, 2, 0, HT_FAMILY_FAULT, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0x1ull, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_67_doc, codes_67_xen_4_2, codes_67_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_evtchn_alloc_unbound] = {
        "evtchn_alloc_unbound", 0, 0, 2, 1, HT_FAMILY_EVTCHN, 2, 2, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_68_doc, codes_68_xen_4_2, codes_68_xen_4_17},
        {7, 7, 7},
    },
    [HT_CALL_evtchn_bind_interdomain] = {
        "evtchn_bind_interdomain", 0, 0, 2, 1, HT_FAMILY_EVTCHN, 2, 3, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_69_doc, codes_69_xen_4_2, codes_69_xen_4_17},
        {6, 6, 6},
    },
    [HT_CALL_evtchn_bind_virq] = {
        "evtchn_bind_virq", 0, 0, 2, 1, HT_FAMILY_EVTCHN, 1, 2, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_70_doc, codes_70_xen_4_2, codes_70_xen_4_17},
        {6, 6, 6},
    },
    [HT_CALL_evtchn_bind_ipi] = {
        "evtchn_bind_ipi", 0, 0, 1, 1, HT_FAMILY_EVTCHN, 1, 2, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_71_doc, codes_71_xen_4_2, codes_71_xen_4_17},
        {5, 5, 5},
    },
    [HT_CALL_evtchn_bind_pirq] = {
        "evtchn_bind_pirq", 0, 0, 2, 1, HT_FAMILY_EVTCHN, 1, 2, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_72_doc, codes_72_xen_4_2, codes_72_xen_4_17},
        {6, 6, 6},
    },
    [HT_CALL_evtchn_close] = {
        "evtchn_close", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 1, 1, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_73_doc, codes_73_xen_4_2, codes_73_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_evtchn_notify] = {
        "evtchn_notify", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 2, 1, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_74_doc, codes_74_xen_4_2, codes_74_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_evtchn_status] = {
        "evtchn_status", 0, 0, 2, 5, HT_FAMILY_EVTCHN, 2, 1, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_75_doc, codes_75_xen_4_2, codes_75_xen_4_17},
        {5, 5, 5},
    },
    [HT_CALL_evtchn_bind_vcpu] = {
        "evtchn_bind_vcpu", 0, 0, 2, 0, HT_FAMILY_EVTCHN, 1, 1, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_76_doc, codes_76_xen_4_2, codes_76_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_evtchn_unmask] = {
        "evtchn_unmask", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 1, 1, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_77_doc, codes_77_xen_4_2, codes_77_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_evtchn_reset] = {
        "evtchn_reset", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 2, 0, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_78_doc, codes_78_xen_4_2, codes_78_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_evtchn_op_raw] = {
        "evtchn_op_raw", 0, 0, 1, 0, HT_FAMILY_EVTCHN, 2, 0, 0, 32,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_79_doc, codes_79_xen_4_2, codes_79_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_evtchn_guest_mask] = {
        "evtchn_guest_mask", 1, 0, 3, 0, HT_FAMILY_EVTCHN, 0, 1, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0x1ull, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_80_doc, codes_80_xen_4_2, codes_80_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_evtchn_guest_clear] = {
        "evtchn_guest_clear", 1, 0, 2, 0, HT_FAMILY_EVTCHN, 0, 1, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_81_doc, codes_81_xen_4_2, codes_81_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_evtchn_guest_upcall] = {
        "evtchn_guest_upcall", 1, 0, 2, 0, HT_FAMILY_EVTCHN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_82_doc, codes_82_xen_4_2, codes_82_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_evtchn_guest_upcall_mask] = {
        "evtchn_guest_upcall_mask", 1, 0, 3, 0, HT_FAMILY_EVTCHN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0x1ull, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_83_doc, codes_83_xen_4_2, codes_83_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_evtchn_raise_virq] = {
        "evtchn_raise_virq", 1, 0, 3, 0, HT_FAMILY_EVTCHN, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_84_doc, codes_84_xen_4_2, codes_84_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_gnttab_set_version] = {
        "gnttab_set_version", 0, 0, 1, 0, HT_FAMILY_GNTTAB, 1, 0, 0, 20,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_85_doc, codes_85_xen_4_2, codes_85_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_sched_yield] = {
        "sched_yield", 0, 0, 0, 0, HT_FAMILY_SCHED, 1, 0, 0, 29,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_86_doc, codes_86_xen_4_2, codes_86_xen_4_17},
        {0, 0, 0},
    },
    [HT_CALL_sched_block] = {
        "sched_block", 0, 0, 0, 0, HT_FAMILY_SCHED, 1, 0, 0, 29,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_87_doc, codes_87_xen_4_2, codes_87_xen_4_17},
        {0, 0, 0},
    },
    [HT_CALL_sched_shutdown] = {
        "sched_shutdown", 0, 0, 1, 0, HT_FAMILY_SCHED, 1, 0, 0, 29,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_88_doc, codes_88_xen_4_2, codes_88_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_sched_shutdown_code] = {
        "sched_shutdown_code", 0, 0, 1, 0, HT_FAMILY_SCHED, 1, 0, 0, 29,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_89_doc, codes_89_xen_4_2, codes_89_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_sched_poll] = {
        "sched_poll", 0, 0, 3, 0, HT_FAMILY_SCHED, 1, 1, 1, 29,
        {64, 32, 64, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {5, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_90_doc, codes_90_xen_4_2, codes_90_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_sched_remote_shutdown] = {
        "sched_remote_shutdown", 0, 0, 2, 0, HT_FAMILY_SCHED, 0, 0, 0, 29,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_91_doc, codes_91_xen_4_2, codes_91_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_sched_watchdog] = {
        "sched_watchdog", 0, 1, 2, 0, HT_FAMILY_SCHED, 1, 0, 0, 29,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_92_doc, codes_92_xen_4_2, codes_92_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_sched_op_raw] = {
        "sched_op_raw", 0, 0, 1, 0, HT_FAMILY_SCHED, 1, 0, 0, 29,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_93_doc, codes_93_xen_4_2, codes_93_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_domain_resume] = {
        "domain_resume", 0, 0, 1, 0, HT_FAMILY_SCHED, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_94_doc, codes_94_xen_4_2, codes_94_xen_4_17},
        {4, 4, 3},
    },
    [HT_CALL_sched_watchdog_expire] = {
        "sched_watchdog_expire", 1, 0, 2, 0, HT_FAMILY_SCHED, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_95_doc, codes_95_xen_4_2, codes_95_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_sched_poll_timeout] = {
        "sched_poll_timeout", 1, 0, 2, 0, HT_FAMILY_SCHED, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_96_doc, codes_96_xen_4_2, codes_96_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_acquire_resource] = {
        "acquire_resource", 0, 0, 8, 1, HT_FAMILY_RESOURCE, 2, 2, 1, 12,
        {16, 16, 32, 32, 32, 64, 64, 64},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 6, 0},
        {32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 255, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 1, 1, 0, 1},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 9, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_97_doc, codes_97_xen_4_2, codes_97_xen_4_17},
        {7, 1, 7},
    },
    [HT_CALL_resource_size] = {
        "resource_size", 0, 0, 3, 1, HT_FAMILY_RESOURCE, 0, 0, 0, 12,
        {16, 32, 32, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {64, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 9, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_98_doc, codes_98_xen_4_2, codes_98_xen_4_17},
        {4, 1, 4},
    },
    [HT_CALL_map_resource] = {
        "map_resource", 0, 0, 7, 1, HT_FAMILY_RESOURCE, 0, 2, 1, 12,
        {16, 32, 32, 64, 32, 32, 64, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 7, 0},
        {32, 0, 0, 0, 0, 0},
        {6, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 255, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 1, 0, 1, 0, 0},
        {0, 0, 0, 0, 0, 0x1ull, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 9, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_99_doc, codes_99_xen_4_2, codes_99_xen_4_17},
        {7, 1, 7},
    },
    [HT_CALL_unmap_resource] = {
        "unmap_resource", 0, 0, 1, 0, HT_FAMILY_RESOURCE, 0, 1, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_100_doc, codes_100_xen_4_2, codes_100_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_ioreq_server_create] = {
        "ioreq_server_create", 0, 0, 2, 1, HT_FAMILY_RESOURCE, 0, 2, 0, 41,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {16, 0, 0, 0, 0, 0},
        {9, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_101_doc, codes_101_xen_4_2, codes_101_xen_4_17},
        {7, 1, 6},
    },
    [HT_CALL_ioreq_server_destroy] = {
        "ioreq_server_destroy", 0, 0, 2, 0, HT_FAMILY_RESOURCE, 0, 1, 0, 41,
        {16, 16, 0, 0, 0, 0, 0, 0},
        {1, 9, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_102_doc, codes_102_xen_4_2, codes_102_xen_4_17},
        {6, 1, 5},
    },
    [HT_CALL_tmem_new_pool] = {
        "tmem_new_pool", 0, 1, 2, 1, HT_FAMILY_TMEM, 1, 2, 1, 38,
        {64, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {8, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {8, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 255, 0, 0, 0, 0, 0, 0},
        {0, 0x1000007ull, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_103_doc, codes_103_xen_4_2, codes_103_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_tmem_destroy_pool] = {
        "tmem_destroy_pool", 0, 1, 1, 0, HT_FAMILY_TMEM, 1, 1, 0, 38,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {8, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_104_doc, codes_104_xen_4_2, codes_104_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_new_page] = {
        "tmem_new_page", 0, 1, 3, 0, HT_FAMILY_TMEM, 1, 1, 1, 38,
        {32, 64, 32, 0, 0, 0, 0, 0},
        {8, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 9, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_105_doc, codes_105_xen_4_2, codes_105_xen_4_17},
        {4, 4, 1},
    },
    [HT_CALL_tmem_put_page] = {
        "tmem_put_page", 0, 1, 4, 0, HT_FAMILY_TMEM, 1, 1, 1, 38,
        {32, 64, 32, 64, 0, 0, 0, 0},
        {8, 0, 0, 2, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 10, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_106_doc, codes_106_xen_4_2, codes_106_xen_4_17},
        {5, 5, 1},
    },
    [HT_CALL_tmem_get_page] = {
        "tmem_get_page", 0, 1, 4, 0, HT_FAMILY_TMEM, 1, 1, 1, 38,
        {32, 64, 32, 64, 0, 0, 0, 0},
        {8, 0, 0, 2, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 11, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_107_doc, codes_107_xen_4_2, codes_107_xen_4_17},
        {4, 4, 1},
    },
    [HT_CALL_tmem_flush_page] = {
        "tmem_flush_page", 0, 1, 3, 0, HT_FAMILY_TMEM, 1, 1, 1, 38,
        {32, 64, 32, 0, 0, 0, 0, 0},
        {8, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 12, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_108_doc, codes_108_xen_4_2, codes_108_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_tmem_flush_object] = {
        "tmem_flush_object", 0, 1, 2, 0, HT_FAMILY_TMEM, 1, 1, 1, 38,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {8, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 13, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_109_doc, codes_109_xen_4_2, codes_109_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_tmem_read] = {
        "tmem_read", 0, 1, 7, 0, HT_FAMILY_TMEM, 1, 1, 1, 38,
        {32, 64, 32, 32, 32, 32, 64, 0},
        {8, 0, 0, 0, 0, 0, 2, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 14, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 255, 255, 255, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_110_doc, codes_110_xen_4_2, codes_110_xen_4_17},
        {5, 4, 1},
    },
    [HT_CALL_tmem_write] = {
        "tmem_write", 0, 1, 7, 0, HT_FAMILY_TMEM, 1, 1, 1, 38,
        {32, 64, 32, 32, 32, 32, 64, 0},
        {8, 0, 0, 0, 0, 0, 2, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 15, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 255, 255, 255, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_111_doc, codes_111_xen_4_2, codes_111_xen_4_17},
        {6, 5, 1},
    },
    [HT_CALL_tmem_xchg] = {
        "tmem_xchg", 0, 1, 4, 0, HT_FAMILY_TMEM, 1, 1, 1, 38,
        {32, 64, 32, 64, 0, 0, 0, 0},
        {8, 0, 0, 2, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 16, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_112_doc, codes_112_xen_4_2, codes_112_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_op_other] = {
        "tmem_op_other", 0, 1, 2, 0, HT_FAMILY_TMEM, 1, 1, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {0, 8, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_113_doc, codes_113_xen_4_2, codes_113_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_auth] = {
        "tmem_auth", 0, 1, 3, 0, HT_FAMILY_TMEM, 0, 0, 1, 38,
        {32, 64, 32, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 17, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_114_doc, codes_114_xen_4_2, codes_114_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_tmem_restore_new_pool] = {
        "tmem_restore_new_pool", 0, 1, 4, 0, HT_FAMILY_TMEM, 0, 0, 1, 38,
        {32, 32, 32, 64, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 8, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 18, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 255, 0, 0, 0, 0, 0},
        {0, 0, 0x1000007ull, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_115_doc, codes_115_xen_4_2, codes_115_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_tmem_control_thaw] = {
        "tmem_control_thaw", 0, 1, 1, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_116_doc, codes_116_xen_4_2, codes_116_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_freeze] = {
        "tmem_control_freeze", 0, 1, 1, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_117_doc, codes_117_xen_4_2, codes_117_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_flush] = {
        "tmem_control_flush", 0, 1, 2, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_118_doc, codes_118_xen_4_2, codes_118_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_destroy] = {
        "tmem_control_destroy", 0, 1, 1, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_119_doc, codes_119_xen_4_2, codes_119_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_list] = {
        "tmem_control_list", 0, 1, 4, 0, HT_FAMILY_TMEM, 0, 0, 1, 38,
        {32, 32, 32, 64, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 19, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_120_doc, codes_120_xen_4_2, codes_120_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_set_weight] = {
        "tmem_control_set_weight", 0, 1, 2, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_121_doc, codes_121_xen_4_2, codes_121_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_set_cap] = {
        "tmem_control_set_cap", 0, 1, 2, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_122_doc, codes_122_xen_4_2, codes_122_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_set_compress] = {
        "tmem_control_set_compress", 0, 1, 2, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_123_doc, codes_123_xen_4_2, codes_123_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_query_freeable_mb] = {
        "tmem_control_query_freeable_mb", 0, 1, 0, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_124_doc, codes_124_xen_4_2, codes_124_xen_4_17},
        {2, 1, 1},
    },
    [HT_CALL_tmem_control_save_begin] = {
        "tmem_control_save_begin", 0, 1, 2, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_125_doc, codes_125_xen_4_2, codes_125_xen_4_17},
        {2, 1, 1},
    },
    [HT_CALL_tmem_control_save_get_version] = {
        "tmem_control_save_get_version", 0, 1, 0, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_126_doc, codes_126_xen_4_2, codes_126_xen_4_17},
        {2, 1, 1},
    },
    [HT_CALL_tmem_control_save_get_maxpools] = {
        "tmem_control_save_get_maxpools", 0, 1, 0, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_127_doc, codes_127_xen_4_2, codes_127_xen_4_17},
        {2, 1, 1},
    },
    [HT_CALL_tmem_control_save_get_client_weight] = {
        "tmem_control_save_get_client_weight", 0, 1, 1, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_128_doc, codes_128_xen_4_2, codes_128_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_tmem_control_save_get_client_cap] = {
        "tmem_control_save_get_client_cap", 0, 1, 1, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_129_doc, codes_129_xen_4_2, codes_129_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_tmem_control_save_get_client_flags] = {
        "tmem_control_save_get_client_flags", 0, 1, 1, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_130_doc, codes_130_xen_4_2, codes_130_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_save_get_pool_flags] = {
        "tmem_control_save_get_pool_flags", 0, 1, 2, 0, HT_FAMILY_TMEM, 0, 1, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {1, 8, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_131_doc, codes_131_xen_4_2, codes_131_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_save_get_pool_npages] = {
        "tmem_control_save_get_pool_npages", 0, 1, 2, 0, HT_FAMILY_TMEM, 0, 1, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {1, 8, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_132_doc, codes_132_xen_4_2, codes_132_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_save_get_pool_uuid] = {
        "tmem_control_save_get_pool_uuid", 0, 1, 3, 0, HT_FAMILY_TMEM, 0, 1, 1, 38,
        {32, 32, 64, 0, 0, 0, 0, 0},
        {1, 8, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 20, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_133_doc, codes_133_xen_4_2, codes_133_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_save_get_next_page] = {
        "tmem_control_save_get_next_page", 0, 1, 3, 6, HT_FAMILY_TMEM, 0, 1, 0, 38,
        {32, 32, 32, 0, 0, 0, 0, 0},
        {1, 8, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 64, 64, 64, 32, 32},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_134_doc, codes_134_xen_4_2, codes_134_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_tmem_control_save_get_next_inv] = {
        "tmem_control_save_get_next_inv", 0, 1, 2, 5, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 64, 64, 64, 32, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_135_doc, codes_135_xen_4_2, codes_135_xen_4_17},
        {2, 1, 1},
    },
    [HT_CALL_tmem_control_save_end] = {
        "tmem_control_save_end", 0, 1, 1, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_136_doc, codes_136_xen_4_2, codes_136_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_restore_begin] = {
        "tmem_control_restore_begin", 0, 1, 1, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_137_doc, codes_137_xen_4_2, codes_137_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_tmem_control_restore_put_page] = {
        "tmem_control_restore_put_page", 0, 1, 6, 0, HT_FAMILY_TMEM, 0, 1, 1, 38,
        {32, 32, 64, 32, 32, 32, 0, 0},
        {1, 8, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 21, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_138_doc, codes_138_xen_4_2, codes_138_xen_4_17},
        {6, 5, 1},
    },
    [HT_CALL_tmem_control_restore_flush_page] = {
        "tmem_control_restore_flush_page", 0, 1, 4, 0, HT_FAMILY_TMEM, 0, 1, 1, 38,
        {32, 32, 64, 32, 0, 0, 0, 0},
        {1, 8, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 22, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_139_doc, codes_139_xen_4_2, codes_139_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_tmem_control_other] = {
        "tmem_control_other", 0, 1, 2, 0, HT_FAMILY_TMEM, 0, 0, 0, 38,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {1, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_140_doc, codes_140_xen_4_2, codes_140_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_memory_exchange] = {
        "memory_exchange", 0, 0, 5, 0, HT_FAMILY_EXCHANGE, 2, 2, 3, 12,
        {64, 64, 64, 64, 64, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {23, 0, 24, 0, 25, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 255, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_141_doc, codes_141_xen_4_2, codes_141_xen_4_17},
        {5, 5, 5},
    },
    [HT_CALL_memory_exchange_and_pin] = {
        "memory_exchange_and_pin", 0, 0, 5, 0, HT_FAMILY_EXCHANGE, 2, 2, 3, 12,
        {64, 64, 64, 64, 64, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {26, 0, 27, 0, 28, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 255, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_142_doc, codes_142_xen_4_2, codes_142_xen_4_17},
        {6, 1, 0},
    },
    [HT_CALL_memory_unpin] = {
        "memory_unpin", 0, 0, 4, 0, HT_FAMILY_EXCHANGE, 2, 0, 1, 12,
        {16, 64, 32, 64, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 29, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_143_doc, codes_143_xen_4_2, codes_143_xen_4_17},
        {5, 1, 0},
    },
    [HT_CALL_advance_time] = {
        "advance_time", 1, 1, 1, 0, HT_FAMILY_CLOCK, 0, 0, 0, HT_NO_HYPERCALL,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_144_doc, codes_144_xen_4_2, codes_144_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_createdomain] = {
        "createdomain", 0, 0, 8, 1, HT_FAMILY_TOOLSTACK, 0, 0, 0, 36,
        {16, 32, 32, 32, 32, 32, 32, 32},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {16, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 255, 255, 255, 255},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 1, 1, 1, 1, 1, 1, 1},
        {0, 0, 0x1ull, 0, 0xffffffffull, 0xffffffffull, 0x2ull, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_145_doc, codes_145_xen_4_2, codes_145_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_destroydomain] = {
        "destroydomain", 0, 0, 1, 0, HT_FAMILY_TOOLSTACK, 0, 0, 0, 36,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_146_doc, codes_146_xen_4_2, codes_146_xen_4_17},
        {5, 5, 4},
    },
    [HT_CALL_getdomaininfo] = {
        "getdomaininfo", 0, 0, 2, 0, HT_FAMILY_TOOLSTACK, 0, 0, 1, 36,
        {16, 64, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 30, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_147_doc, codes_147_xen_4_2, codes_147_xen_4_17},
        {4, 4, 3},
    },
    [HT_CALL_getdomaininfolist] = {
        "getdomaininfolist", 0, 0, 3, 1, HT_FAMILY_TOOLSTACK, 0, 0, 1, 35,
        {16, 32, 64, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 31, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_148_doc, codes_148_xen_4_2, codes_148_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_physinfo] = {
        "physinfo", 0, 0, 0, 3, HT_FAMILY_TOOLSTACK, 0, 0, 0, 35,
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {64, 64, 32, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_149_doc, codes_149_xen_4_2, codes_149_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_get_hvm_param] = {
        "get_hvm_param", 0, 0, 2, 1, HT_FAMILY_TOOLSTACK, 0, 0, 0, 34,
        {16, 32, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {64, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 27, 0, 0, 0, 0, 0, 0},
        {0, 3, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_150_doc, codes_150_xen_4_2, codes_150_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_getpageframeinfo3] = {
        "getpageframeinfo3", 0, 0, 3, 0, HT_FAMILY_TOOLSTACK, 0, 0, 1, 36,
        {16, 64, 64, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_151_doc, codes_151_xen_4_2, codes_151_xen_4_17},
        {7, 7, 6},
    },
    [HT_CALL_monitor_op] = {
        "monitor_op", 0, 0, 5, 1, HT_FAMILY_MONITOR, 0, 0, 0, 36,
        {16, 32, 32, 64, 64, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 1, 1, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_152_doc, codes_152_xen_4_2, codes_152_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_vcpu_initialise] = {
        "vcpu_initialise", 0, 0, 2, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_153_doc, codes_153_xen_4_2, codes_153_xen_4_17},
        {6, 6, 4},
    },
    [HT_CALL_vcpu_up] = {
        "vcpu_up", 0, 0, 1, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_154_doc, codes_154_xen_4_2, codes_154_xen_4_17},
        {3, 3, 2},
    },
    [HT_CALL_vcpu_down] = {
        "vcpu_down", 0, 0, 1, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_155_doc, codes_155_xen_4_2, codes_155_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_vcpu_is_up] = {
        "vcpu_is_up", 0, 1, 1, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_156_doc, codes_156_xen_4_2, codes_156_xen_4_17},
        {3, 3, 1},
    },
    [HT_CALL_vcpu_get_runstate_info] = {
        "vcpu_get_runstate_info", 0, 0, 1, 6, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 64, 64, 64, 64, 64},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 255, 255},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_157_doc, codes_157_xen_4_2, codes_157_xen_4_17},
        {3, 3, 2},
    },
    [HT_CALL_vcpu_register_runstate_memory_area] = {
        "vcpu_register_runstate_memory_area", 0, 0, 2, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_158_doc, codes_158_xen_4_2, codes_158_xen_4_17},
        {3, 3, 2},
    },
    [HT_CALL_vcpu_set_periodic_timer] = {
        "vcpu_set_periodic_timer", 0, 0, 2, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_159_doc, codes_159_xen_4_2, codes_159_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_vcpu_stop_periodic_timer] = {
        "vcpu_stop_periodic_timer", 0, 0, 1, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_160_doc, codes_160_xen_4_2, codes_160_xen_4_17},
        {2, 2, 1},
    },
    [HT_CALL_vcpu_set_singleshot_timer] = {
        "vcpu_set_singleshot_timer", 0, 0, 3, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 64, 32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 2, 0, 0, 0, 0, 0},
        {0, 0, 0x1ull, 0, 0, 0, 0, 0},
        {0, 0, 1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_161_doc, codes_161_xen_4_2, codes_161_xen_4_17},
        {4, 4, 4},
    },
    [HT_CALL_vcpu_stop_singleshot_timer] = {
        "vcpu_stop_singleshot_timer", 0, 0, 1, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_162_doc, codes_162_xen_4_2, codes_162_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_vcpu_register_vcpu_info] = {
        "vcpu_register_vcpu_info", 0, 0, 3, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 64, 32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_163_doc, codes_163_xen_4_2, codes_163_xen_4_17},
        {4, 4, 5},
    },
    [HT_CALL_vcpu_send_nmi] = {
        "vcpu_send_nmi", 0, 0, 2, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_164_doc, codes_164_xen_4_2, codes_164_xen_4_17},
        {3, 3, 2},
    },
    [HT_CALL_vcpu_get_physid] = {
        "vcpu_get_physid", 0, 0, 1, 1, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {64, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_165_doc, codes_165_xen_4_2, codes_165_xen_4_17},
        {3, 3, 2},
    },
    [HT_CALL_vcpu_register_vcpu_time_memory_area] = {
        "vcpu_register_vcpu_time_memory_area", 0, 0, 2, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_166_doc, codes_166_xen_4_2, codes_166_xen_4_17},
        {3, 3, 2},
    },
    [HT_CALL_vcpu_op_raw] = {
        "vcpu_op_raw", 0, 0, 2, 0, HT_FAMILY_VCPU, 1, 0, 0, 24,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_167_doc, codes_167_xen_4_2, codes_167_xen_4_17},
        {3, 3, 2},
    },
    [HT_CALL_set_timer_op] = {
        "set_timer_op", 0, 0, 1, 0, HT_FAMILY_VCPU, 1, 0, 0, 15,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_168_doc, codes_168_xen_4_2, codes_168_xen_4_17},
        {0, 0, 0},
    },
    [HT_CALL_guest_timer_interrupt] = {
        "guest_timer_interrupt", 1, 1, 2, 0, HT_FAMILY_VCPU, 0, 0, 0, HT_NO_HYPERCALL,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_169_doc, codes_169_xen_4_2, codes_169_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_xenver_version] = {
        "xenver_version", 0, 1, 0, 0, HT_FAMILY_XENVER, 2, 0, 0, 17,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_170_doc, codes_170_xen_4_2, codes_170_xen_4_17},
        {0, 0, 0},
    },
    [HT_CALL_xenver_extraversion] = {
        "xenver_extraversion", 0, 0, 1, 0, HT_FAMILY_XENVER, 2, 0, 1, 17,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {33, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_171_doc, codes_171_xen_4_2, codes_171_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_xenver_compile_info] = {
        "xenver_compile_info", 0, 0, 1, 0, HT_FAMILY_XENVER, 2, 0, 1, 17,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {34, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_172_doc, codes_172_xen_4_2, codes_172_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_xenver_capabilities] = {
        "xenver_capabilities", 0, 0, 1, 0, HT_FAMILY_XENVER, 2, 0, 1, 17,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {35, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_173_doc, codes_173_xen_4_2, codes_173_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_xenver_changeset] = {
        "xenver_changeset", 0, 0, 1, 0, HT_FAMILY_XENVER, 2, 0, 1, 17,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {36, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_174_doc, codes_174_xen_4_2, codes_174_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_xenver_platform_parameters] = {
        "xenver_platform_parameters", 0, 0, 0, 1, HT_FAMILY_XENVER, 2, 0, 0, 17,
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {64, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_175_doc, codes_175_xen_4_2, codes_175_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_xenver_get_features] = {
        "xenver_get_features", 0, 0, 1, 1, HT_FAMILY_XENVER, 2, 0, 0, 17,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_176_doc, codes_176_xen_4_2, codes_176_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_xenver_pagesize] = {
        "xenver_pagesize", 0, 1, 1, 0, HT_FAMILY_XENVER, 2, 0, 0, 17,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_177_doc, codes_177_xen_4_2, codes_177_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_xenver_guest_handle] = {
        "xenver_guest_handle", 0, 0, 1, 0, HT_FAMILY_XENVER, 2, 0, 1, 17,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {37, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_178_doc, codes_178_xen_4_2, codes_178_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_xenver_commandline] = {
        "xenver_commandline", 0, 0, 1, 0, HT_FAMILY_XENVER, 2, 0, 1, 17,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {38, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_179_doc, codes_179_xen_4_2, codes_179_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_xenver_raw] = {
        "xenver_raw", 0, 0, 1, 0, HT_FAMILY_XENVER, 2, 0, 0, 17,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_180_doc, codes_180_xen_4_2, codes_180_xen_4_17},
        {1, 1, 2},
    },
    [HT_CALL_multicall] = {
        "multicall", 0, 0, 2, 0, HT_FAMILY_MULTICALL, 2, 0, 1, 13,
        {64, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {39, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_181_doc, codes_181_xen_4_2, codes_181_xen_4_17},
        {3, 3, 2},
    },
    [HT_CALL_set_trap_table] = {
        "set_trap_table", 0, 0, 1, 0, HT_FAMILY_PVONLY, 1, 0, 0, 0,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_182_doc, codes_182_xen_4_2, codes_182_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_mmu_update] = {
        "mmu_update", 0, 0, 4, 0, HT_FAMILY_PVONLY, 1, 0, 0, 1,
        {64, 32, 64, 16, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_183_doc, codes_183_xen_4_2, codes_183_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_set_gdt] = {
        "set_gdt", 0, 0, 2, 0, HT_FAMILY_PVONLY, 1, 0, 0, 2,
        {64, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_184_doc, codes_184_xen_4_2, codes_184_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_stack_switch] = {
        "stack_switch", 0, 0, 2, 0, HT_FAMILY_PVONLY, 1, 0, 0, 3,
        {64, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_185_doc, codes_185_xen_4_2, codes_185_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_set_callbacks] = {
        "set_callbacks", 0, 0, 3, 0, HT_FAMILY_PVONLY, 1, 0, 0, 4,
        {64, 64, 64, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_186_doc, codes_186_xen_4_2, codes_186_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_fpu_taskswitch] = {
        "fpu_taskswitch", 0, 0, 1, 0, HT_FAMILY_PVONLY, 1, 0, 0, 5,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_187_doc, codes_187_xen_4_2, codes_187_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_set_debugreg] = {
        "set_debugreg", 0, 0, 2, 0, HT_FAMILY_PVONLY, 1, 0, 0, 8,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_188_doc, codes_188_xen_4_2, codes_188_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_get_debugreg] = {
        "get_debugreg", 0, 0, 1, 0, HT_FAMILY_PVONLY, 1, 0, 0, 9,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_189_doc, codes_189_xen_4_2, codes_189_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_update_descriptor] = {
        "update_descriptor", 0, 0, 2, 0, HT_FAMILY_PVONLY, 1, 0, 0, 10,
        {64, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_190_doc, codes_190_xen_4_2, codes_190_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_update_va_mapping] = {
        "update_va_mapping", 0, 0, 3, 0, HT_FAMILY_PVONLY, 1, 0, 0, 14,
        {64, 64, 64, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_191_doc, codes_191_xen_4_2, codes_191_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_iret] = {
        "iret", 0, 0, 0, 0, HT_FAMILY_PVONLY, 1, 0, 0, 23,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_192_doc, codes_192_xen_4_2, codes_192_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_set_segment_base] = {
        "set_segment_base", 0, 0, 2, 0, HT_FAMILY_PVONLY, 1, 0, 0, 25,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_193_doc, codes_193_xen_4_2, codes_193_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_mmuext_op] = {
        "mmuext_op", 0, 0, 4, 0, HT_FAMILY_PVONLY, 1, 0, 0, 26,
        {64, 32, 64, 16, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_194_doc, codes_194_xen_4_2, codes_194_xen_4_17},
        {1, 1, 4},
    },
    [HT_CALL_physdev_set_iopl] = {
        "physdev_set_iopl", 0, 0, 1, 0, HT_FAMILY_PVONLY, 1, 0, 0, 33,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_195_doc, codes_195_xen_4_2, codes_195_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_physdev_irq_unmask_notify] = {
        "physdev_irq_unmask_notify", 0, 0, 0, 0, HT_FAMILY_PVONLY, 1, 0, 0, 33,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_196_doc, codes_196_xen_4_2, codes_196_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_physdev_set_iobitmap] = {
        "physdev_set_iobitmap", 0, 0, 2, 0, HT_FAMILY_PVONLY, 1, 0, 0, 33,
        {64, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_197_doc, codes_197_xen_4_2, codes_197_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_physdev_apic_read] = {
        "physdev_apic_read", 0, 0, 2, 0, HT_FAMILY_PVONLY, 1, 0, 0, 33,
        {64, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_198_doc, codes_198_xen_4_2, codes_198_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_physdev_apic_write] = {
        "physdev_apic_write", 0, 0, 3, 0, HT_FAMILY_PVONLY, 1, 0, 0, 33,
        {64, 32, 32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_199_doc, codes_199_xen_4_2, codes_199_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_physdev_alloc_irq_vector] = {
        "physdev_alloc_irq_vector", 0, 0, 1, 0, HT_FAMILY_PVONLY, 1, 0, 0, 33,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_200_doc, codes_200_xen_4_2, codes_200_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_physdev_irq_status_query] = {
        "physdev_irq_status_query", 0, 0, 1, 1, HT_FAMILY_PVONLY, 1, 0, 0, 33,
        {32, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_201_doc, codes_201_xen_4_2, codes_201_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_physdev_op_raw] = {
        "physdev_op_raw", 0, 0, 2, 0, HT_FAMILY_PVONLY, 1, 0, 0, 33,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_202_doc, codes_202_xen_4_2, codes_202_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_vm_assist] = {
        "vm_assist", 0, 0, 2, 0, HT_FAMILY_PVONLY, 1, 0, 0, 21,
        {32, 32, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {2, 4, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_203_doc, codes_203_xen_4_2, codes_203_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_nmi_op_register] = {
        "nmi_op_register", 0, 0, 1, 0, HT_FAMILY_PVONLY, 1, 0, 0, 28,
        {64, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_204_doc, codes_204_xen_4_2, codes_204_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_nmi_op_unregister] = {
        "nmi_op_unregister", 0, 0, 0, 0, HT_FAMILY_PVONLY, 1, 0, 0, 28,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_205_doc, codes_205_xen_4_2, codes_205_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_console_io_write] = {
        "console_io_write", 0, 0, 2, 0, HT_FAMILY_PVONLY, 2, 0, 1, 18,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 40, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_206_doc, codes_206_xen_4_2, codes_206_xen_4_17},
        {3, 3, 2},
    },
    [HT_CALL_console_io_read] = {
        "console_io_read", 0, 1, 2, 0, HT_FAMILY_PVONLY, 2, 0, 1, 18,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 41, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_207_doc, codes_207_xen_4_2, codes_207_xen_4_17},
        {3, 3, 3},
    },
    [HT_CALL_console_io_raw] = {
        "console_io_raw", 0, 0, 2, 0, HT_FAMILY_PVONLY, 2, 0, 0, 18,
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
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_208_doc, codes_208_xen_4_2, codes_208_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_hypercall_raw] = {
        "hypercall_raw", 0, 0, 6, 0, HT_FAMILY_PVONLY, 2, 0, 0, HT_NO_HYPERCALL,
        {64, 64, 64, 64, 64, 64, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 255, 255, 255, 255, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_209_doc, codes_209_xen_4_2, codes_209_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_serial_input] = {
        "serial_input", 1, 1, 2, 0, HT_FAMILY_PVONLY, 0, 0, 1, HT_NO_HYPERCALL,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 42, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_210_doc, codes_210_xen_4_2, codes_210_xen_4_17},
        {1, 1, 1},
    },
    [HT_CALL_serial_output] = {
        "serial_output", 1, 1, 2, 0, HT_FAMILY_PVONLY, 0, 0, 1, HT_NO_HYPERCALL,
        {32, 64, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 43, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {255, 255, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_211_doc, codes_211_xen_4_2, codes_211_xen_4_17},
        {0, 0, 0},
    },
    [HT_CALL_grant_entry_write] = {
        "grant_entry_write", 1, 0, 5, 0, HT_FAMILY_GNTBYTES, 0, 0, 0, HT_NO_HYPERCALL,
        {16, 32, 32, 16, 64, 0, 0, 0},
        {1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_212_doc, codes_212_xen_4_2, codes_212_xen_4_17},
        {3, 2, 3},
    },
    [HT_CALL_gnttab_setup_table] = {
        "gnttab_setup_table", 0, 0, 4, 1, HT_FAMILY_GNTSIZE, 2, 2, 1, 20,
        {32, 16, 32, 64, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 44, 0, 0, 0, 0},
        {16, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {1, 1, 1, 255, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {1, 1, 0, 0, 0, 0, 0, 0},
        {0x1ull, 0x7ff0ull, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_213_doc, codes_213_xen_4_2, codes_213_xen_4_17},
        {2, 2, 2},
    },
    [HT_CALL_gnttab_query_size] = {
        "gnttab_query_size", 0, 0, 2, 3, HT_FAMILY_GNTSIZE, 2, 0, 0, 20,
        {32, 16, 0, 0, 0, 0, 0, 0},
        {0, 1, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {32, 32, 16, 0, 0, 0},
        {0, 0, 0, 0, 0, 0},
        {1, 1, 0, 0, 0, 0, 0, 0},
        {1, 1, 1, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {1, 1, 0, 0, 0, 0, 0, 0},
        {0x1ull, 0x7ff0ull, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0},
        {codes_214_doc, codes_214_xen_4_2, codes_214_xen_4_17},
        {2, 2, 2},
    },
};

const struct ht_list_desc ht_lists[HT_NLISTS > 0 ? HT_NLISTS : 1] = {
    /* mem_access_set_multi.entries */
    {2, 1, HT_DIR_IN, 2, 0, 4096,
     {64, 8, 0, 0, 0, 0, 0, 0},
     {2, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 11, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* increase_reservation.extent_start */
    {4, 1, HT_DIR_OUT, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {7, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
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
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
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
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
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
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* acquire_resource.frame_list */
    {6, 3, HT_DIR_INOUT, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {7, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* map_resource.mfns */
    {6, 4, HT_DIR_OUT, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {7, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_new_pool.uuid */
    {0, 255, HT_DIR_IN, 1, 2, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_new_page.oid */
    {1, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_put_page.oid */
    {1, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_get_page.oid */
    {1, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_flush_page.oid */
    {1, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_flush_object.oid */
    {1, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_read.oid */
    {1, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_write.oid */
    {1, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_xchg.oid */
    {1, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_auth.uuid */
    {1, 255, HT_DIR_IN, 1, 2, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_restore_new_pool.uuid */
    {3, 255, HT_DIR_IN, 1, 2, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_control_list.buf */
    {3, 1, HT_DIR_OUT, 1, 0, 65536,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_control_save_get_pool_uuid.uuid */
    {2, 255, HT_DIR_OUT, 1, 2, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_control_restore_put_page.oid */
    {2, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* tmem_control_restore_flush_page.oid */
    {2, 255, HT_DIR_IN, 1, 3, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* memory_exchange.exchange */
    {0, 255, HT_DIR_INOUT, 6, 1, 1,
     {16, 16, 32, 32, 32, 64, 0, 0},
     {1, 1, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 255, 255, 255, 255, 255, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 1, 1, 0, 1, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 1, 0, 0, 0},
     {0, 0, 0, 0, 0xeull, 0, 0, 0}},
    /* memory_exchange.in_extents */
    {2, 1, HT_DIR_IN, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {2, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* memory_exchange.out_extents */
    {4, 3, HT_DIR_INOUT, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {7, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* memory_exchange_and_pin.exchange */
    {0, 255, HT_DIR_INOUT, 6, 1, 1,
     {16, 16, 32, 32, 32, 64, 0, 0},
     {1, 1, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 255, 255, 255, 255, 255, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 1, 1, 0, 1, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 1, 0, 0, 0},
     {0, 0, 0, 0, 0xeull, 0, 0, 0}},
    /* memory_exchange_and_pin.in_extents */
    {2, 1, HT_DIR_IN, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {2, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* memory_exchange_and_pin.out_extents */
    {4, 3, HT_DIR_INOUT, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {7, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* memory_unpin.extent_start */
    {3, 1, HT_DIR_IN, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {2, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* getdomaininfo.info */
    {1, 255, HT_DIR_OUT, 8, 1, 1,
     {16, 32, 64, 64, 64, 64, 32, 32},
     {1, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* getdomaininfolist.buffer */
    {2, 1, HT_DIR_OUT, 8, 0, 4096,
     {16, 32, 64, 64, 64, 64, 32, 32},
     {1, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* getpageframeinfo3.array */
    {2, 1, HT_DIR_INOUT, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* xenver_extraversion.buffer */
    {0, 255, HT_DIR_OUT, 1, 16, 16,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* xenver_compile_info.buffer */
    {0, 255, HT_DIR_OUT, 1, 144, 144,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* xenver_capabilities.buffer */
    {0, 255, HT_DIR_OUT, 1, 1024, 1024,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* xenver_changeset.buffer */
    {0, 255, HT_DIR_OUT, 1, 64, 64,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* xenver_guest_handle.buffer */
    {0, 255, HT_DIR_OUT, 1, 16, 16,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* xenver_commandline.buffer */
    {0, 255, HT_DIR_OUT, 1, 1024, 1024,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* multicall.calls */
    {0, 1, HT_DIR_INOUT, 8, 0, 256,
     {32, 64, 64, 64, 64, 64, 64, 64},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 255, 255, 255, 255, 255, 255, 255},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     0,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* console_io_write.buffer */
    {1, 0, HT_DIR_IN, 1, 0, 4096,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* console_io_read.buffer */
    {1, 0, HT_DIR_OUT, 1, 0, 4096,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* serial_input.chars */
    {1, 0, HT_DIR_IN, 1, 0, 4096,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* serial_output.chars */
    {1, 0, HT_DIR_OUT, 1, 0, 4096,
     {8, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {255, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0}},
    /* gnttab_setup_table.frame_list */
    {3, 2, HT_DIR_OUT, 1, 0, 4096,
     {64, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {7, 0, 0, 0, 0, 0, 0, 0},
     {1, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
     255,
     {0, 0, 0, 0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0, 0, 0, 0},
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

static int64_t glue_memshr_range_share(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_range_share(m, (uint16_t)arg[0], (uint16_t)arg[1], arg[2], arg[3], arg[4], arg[5]);
}

static int64_t glue_memshr_fork(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_fork(m, (uint16_t)arg[0], (uint16_t)arg[1], (uint16_t)arg[2], (uint32_t)arg[3]);
}

static int64_t glue_memshr_fork_reset(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memshr_fork_reset(m, (uint16_t)arg[0], (uint16_t)arg[1], (uint32_t)arg[2]);
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

static int64_t glue_mem_access_set_multi(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mem_access_set_multi(m, (uint16_t)arg[0], (uint32_t)arg[1], ht_list_at(m, arg[2], 0));
}

static int64_t glue_set_access_required(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_set_access_required(m, (uint16_t)arg[0], (uint8_t)arg[1]);
}

static int64_t glue_increase_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_increase_reservation(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], (uint32_t)arg[3], ht_list_at(m, arg[4], 1));
}

static int64_t glue_decrease_reservation(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_decrease_reservation(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], ht_list_at(m, arg[3], 2));
}

static int64_t glue_populate_physmap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_populate_physmap(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], (uint32_t)arg[3], ht_list_at(m, arg[4], 3));
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

static int64_t glue_maximum_gpfn(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_maximum_gpfn(m, (uint16_t)arg[0]);
}

static int64_t glue_domain_getinfo(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_domain_getinfo(m, (uint16_t)arg[0], &out[0], &out[1], &out[2], &out[3], &out[4], &out[5]);
}

static int64_t glue_domain_setmaxmem(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_setmaxmem(m, (uint16_t)arg[0], arg[1]);
}

static int64_t glue_domain_set_target(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_domain_set_target(m, (uint16_t)arg[0], (uint16_t)arg[1]);
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
    return ht_h_domain_create(m, (uint16_t)arg[0], arg[1], arg[2], arg[3], (uint32_t)arg[4], (uint32_t)arg[5], (uint32_t)arg[6], (uint32_t)arg[7]);
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

static int64_t glue_guest_exec(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_guest_exec(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], &out[0]);
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

static int64_t glue_ring_put_response_versioned(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_ring_put_response_versioned(m, (uint16_t)arg[0], (uint32_t)arg[1], arg[2], (uint32_t)arg[3], (uint32_t)arg[4], (uint32_t)arg[5]);
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

static int64_t glue_vm_event_resume(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vm_event_resume(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_vm_event_get_version(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_vm_event_get_version(m, (uint16_t)arg[0], &out[0]);
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

static int64_t glue_gnttab_set_version(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_gnttab_set_version(m, (uint32_t)arg[0]);
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
    return ht_h_sched_poll(m, ht_list_at(m, arg[0], 4), (uint32_t)arg[1], arg[2]);
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

static int64_t glue_acquire_resource(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_acquire_resource(m, (uint16_t)arg[0], (uint16_t)arg[1], (uint32_t)arg[2], (uint32_t)arg[3], (uint32_t)arg[4], arg[5], ht_list_at(m, arg[6], 5), arg[7], &out[0]);
}

static int64_t glue_resource_size(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_resource_size(m, (uint16_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2], &out[0]);
}

static int64_t glue_map_resource(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_map_resource(m, (uint16_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2], arg[3], (uint32_t)arg[4], (uint32_t)arg[5], ht_list_at(m, arg[6], 6), &out[0]);
}

static int64_t glue_unmap_resource(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_unmap_resource(m, (uint32_t)arg[0]);
}

static int64_t glue_ioreq_server_create(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_ioreq_server_create(m, (uint16_t)arg[0], (uint32_t)arg[1], &out[0]);
}

static int64_t glue_ioreq_server_destroy(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_ioreq_server_destroy(m, (uint16_t)arg[0], (uint16_t)arg[1]);
}

static int64_t glue_tmem_new_pool(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_tmem_new_pool(m, ht_list_at(m, arg[0], 7), (uint32_t)arg[1], &out[0]);
}

static int64_t glue_tmem_destroy_pool(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_destroy_pool(m, (uint32_t)arg[0]);
}

static int64_t glue_tmem_new_page(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_new_page(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 8), (uint32_t)arg[2]);
}

static int64_t glue_tmem_put_page(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_put_page(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 9), (uint32_t)arg[2], arg[3]);
}

static int64_t glue_tmem_get_page(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_get_page(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 10), (uint32_t)arg[2], arg[3]);
}

static int64_t glue_tmem_flush_page(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_flush_page(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 11), (uint32_t)arg[2]);
}

static int64_t glue_tmem_flush_object(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_flush_object(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 12));
}

static int64_t glue_tmem_read(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_read(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 13), (uint32_t)arg[2], (uint32_t)arg[3], (uint32_t)arg[4], (uint32_t)arg[5], arg[6]);
}

static int64_t glue_tmem_write(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_write(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 14), (uint32_t)arg[2], (uint32_t)arg[3], (uint32_t)arg[4], (uint32_t)arg[5], arg[6]);
}

static int64_t glue_tmem_xchg(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_xchg(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 15), (uint32_t)arg[2], arg[3]);
}

static int64_t glue_tmem_op_other(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_op_other(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_tmem_auth(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_auth(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 16), (uint32_t)arg[2]);
}

static int64_t glue_tmem_restore_new_pool(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_restore_new_pool(m, (uint32_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2], ht_list_at(m, arg[3], 17));
}

static int64_t glue_tmem_control_thaw(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_thaw(m, (uint32_t)arg[0]);
}

static int64_t glue_tmem_control_freeze(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_freeze(m, (uint32_t)arg[0]);
}

static int64_t glue_tmem_control_flush(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_flush(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_tmem_control_destroy(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_destroy(m, (uint32_t)arg[0]);
}

static int64_t glue_tmem_control_list(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_list(m, (uint32_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2], ht_list_at(m, arg[3], 18));
}

static int64_t glue_tmem_control_set_weight(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_set_weight(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_tmem_control_set_cap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_set_cap(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_tmem_control_set_compress(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_set_compress(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_tmem_control_query_freeable_mb(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_tmem_control_query_freeable_mb(m);
}

static int64_t glue_tmem_control_save_begin(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_save_begin(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_tmem_control_save_get_version(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_tmem_control_save_get_version(m);
}

static int64_t glue_tmem_control_save_get_maxpools(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_tmem_control_save_get_maxpools(m);
}

static int64_t glue_tmem_control_save_get_client_weight(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_save_get_client_weight(m, (uint32_t)arg[0]);
}

static int64_t glue_tmem_control_save_get_client_cap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_save_get_client_cap(m, (uint32_t)arg[0]);
}

static int64_t glue_tmem_control_save_get_client_flags(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_save_get_client_flags(m, (uint32_t)arg[0]);
}

static int64_t glue_tmem_control_save_get_pool_flags(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_save_get_pool_flags(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_tmem_control_save_get_pool_npages(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_save_get_pool_npages(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_tmem_control_save_get_pool_uuid(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_save_get_pool_uuid(m, (uint32_t)arg[0], (uint32_t)arg[1], ht_list_at(m, arg[2], 19));
}

static int64_t glue_tmem_control_save_get_next_page(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_tmem_control_save_get_next_page(m, (uint32_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2], &out[0], &out[1], &out[2], &out[3], &out[4], &out[5]);
}

static int64_t glue_tmem_control_save_get_next_inv(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_tmem_control_save_get_next_inv(m, (uint32_t)arg[0], (uint32_t)arg[1], &out[0], &out[1], &out[2], &out[3], &out[4]);
}

static int64_t glue_tmem_control_save_end(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_save_end(m, (uint32_t)arg[0]);
}

static int64_t glue_tmem_control_restore_begin(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_restore_begin(m, (uint32_t)arg[0]);
}

static int64_t glue_tmem_control_restore_put_page(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_restore_put_page(m, (uint32_t)arg[0], (uint32_t)arg[1], ht_list_at(m, arg[2], 20), (uint32_t)arg[3], (uint32_t)arg[4], (uint32_t)arg[5]);
}

static int64_t glue_tmem_control_restore_flush_page(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_restore_flush_page(m, (uint32_t)arg[0], (uint32_t)arg[1], ht_list_at(m, arg[2], 21), (uint32_t)arg[3]);
}

static int64_t glue_tmem_control_other(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_tmem_control_other(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_memory_exchange(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memory_exchange(m, ht_list_at(m, arg[0], 22), arg[1], ht_list_at(m, arg[2], 23), arg[3], ht_list_at(m, arg[4], 24));
}

static int64_t glue_memory_exchange_and_pin(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memory_exchange_and_pin(m, ht_list_at(m, arg[0], 25), arg[1], ht_list_at(m, arg[2], 26), arg[3], ht_list_at(m, arg[4], 27));
}

static int64_t glue_memory_unpin(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_memory_unpin(m, (uint16_t)arg[0], arg[1], (uint32_t)arg[2], ht_list_at(m, arg[3], 28));
}

static int64_t glue_advance_time(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_advance_time(m, arg[0]);
}

static int64_t glue_createdomain(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_createdomain(m, (uint16_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2], (uint32_t)arg[3], (uint32_t)arg[4], (uint32_t)arg[5], (uint32_t)arg[6], (uint32_t)arg[7], &out[0]);
}

static int64_t glue_destroydomain(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_destroydomain(m, (uint16_t)arg[0]);
}

static int64_t glue_getdomaininfo(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_getdomaininfo(m, (uint16_t)arg[0], ht_list_at(m, arg[1], 29));
}

static int64_t glue_getdomaininfolist(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_getdomaininfolist(m, (uint16_t)arg[0], (uint32_t)arg[1], ht_list_at(m, arg[2], 30), &out[0]);
}

static int64_t glue_physinfo(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    return ht_h_physinfo(m, &out[0], &out[1], &out[2]);
}

static int64_t glue_get_hvm_param(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_get_hvm_param(m, (uint16_t)arg[0], (uint32_t)arg[1], &out[0]);
}

static int64_t glue_getpageframeinfo3(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_getpageframeinfo3(m, (uint16_t)arg[0], arg[1], ht_list_at(m, arg[2], 31));
}

static int64_t glue_monitor_op(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_monitor_op(m, (uint16_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2], arg[3], arg[4], &out[0]);
}

static int64_t glue_vcpu_initialise(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_initialise(m, (uint32_t)arg[0], arg[1]);
}

static int64_t glue_vcpu_up(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_up(m, (uint32_t)arg[0]);
}

static int64_t glue_vcpu_down(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_down(m, (uint32_t)arg[0]);
}

static int64_t glue_vcpu_is_up(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_is_up(m, (uint32_t)arg[0]);
}

static int64_t glue_vcpu_get_runstate_info(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_vcpu_get_runstate_info(m, (uint32_t)arg[0], &out[0], &out[1], &out[2], &out[3], &out[4], &out[5]);
}

static int64_t glue_vcpu_register_runstate_memory_area(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_register_runstate_memory_area(m, (uint32_t)arg[0], arg[1]);
}

static int64_t glue_vcpu_set_periodic_timer(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_set_periodic_timer(m, (uint32_t)arg[0], arg[1]);
}

static int64_t glue_vcpu_stop_periodic_timer(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_stop_periodic_timer(m, (uint32_t)arg[0]);
}

static int64_t glue_vcpu_set_singleshot_timer(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_set_singleshot_timer(m, (uint32_t)arg[0], arg[1], (uint32_t)arg[2]);
}

static int64_t glue_vcpu_stop_singleshot_timer(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_stop_singleshot_timer(m, (uint32_t)arg[0]);
}

static int64_t glue_vcpu_register_vcpu_info(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_register_vcpu_info(m, (uint32_t)arg[0], arg[1], (uint32_t)arg[2]);
}

static int64_t glue_vcpu_send_nmi(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_send_nmi(m, (uint32_t)arg[0], arg[1]);
}

static int64_t glue_vcpu_get_physid(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_vcpu_get_physid(m, (uint32_t)arg[0], &out[0]);
}

static int64_t glue_vcpu_register_vcpu_time_memory_area(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_register_vcpu_time_memory_area(m, (uint32_t)arg[0], arg[1]);
}

static int64_t glue_vcpu_op_raw(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vcpu_op_raw(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_set_timer_op(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_set_timer_op(m, arg[0]);
}

static int64_t glue_guest_timer_interrupt(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_guest_timer_interrupt(m, (uint16_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_xenver_version(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_xenver_version(m);
}

static int64_t glue_xenver_extraversion(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_xenver_extraversion(m, ht_list_at(m, arg[0], 32));
}

static int64_t glue_xenver_compile_info(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_xenver_compile_info(m, ht_list_at(m, arg[0], 33));
}

static int64_t glue_xenver_capabilities(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_xenver_capabilities(m, ht_list_at(m, arg[0], 34));
}

static int64_t glue_xenver_changeset(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_xenver_changeset(m, ht_list_at(m, arg[0], 35));
}

static int64_t glue_xenver_platform_parameters(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    return ht_h_xenver_platform_parameters(m, &out[0]);
}

static int64_t glue_xenver_get_features(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_xenver_get_features(m, (uint32_t)arg[0], &out[0]);
}

static int64_t glue_xenver_pagesize(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_xenver_pagesize(m, arg[0]);
}

static int64_t glue_xenver_guest_handle(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_xenver_guest_handle(m, ht_list_at(m, arg[0], 36));
}

static int64_t glue_xenver_commandline(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_xenver_commandline(m, ht_list_at(m, arg[0], 37));
}

static int64_t glue_xenver_raw(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_xenver_raw(m, (uint32_t)arg[0]);
}

static int64_t glue_multicall(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_multicall(m, ht_list_at(m, arg[0], 38), (uint32_t)arg[1]);
}

static int64_t glue_set_trap_table(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_set_trap_table(m, arg[0]);
}

static int64_t glue_mmu_update(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mmu_update(m, arg[0], (uint32_t)arg[1], arg[2], (uint16_t)arg[3]);
}

static int64_t glue_set_gdt(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_set_gdt(m, arg[0], (uint32_t)arg[1]);
}

static int64_t glue_stack_switch(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_stack_switch(m, arg[0], arg[1]);
}

static int64_t glue_set_callbacks(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_set_callbacks(m, arg[0], arg[1], arg[2]);
}

static int64_t glue_fpu_taskswitch(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_fpu_taskswitch(m, (uint32_t)arg[0]);
}

static int64_t glue_set_debugreg(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_set_debugreg(m, (uint32_t)arg[0], arg[1]);
}

static int64_t glue_get_debugreg(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_get_debugreg(m, (uint32_t)arg[0]);
}

static int64_t glue_update_descriptor(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_update_descriptor(m, arg[0], arg[1]);
}

static int64_t glue_update_va_mapping(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_update_va_mapping(m, arg[0], arg[1], arg[2]);
}

static int64_t glue_iret(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_iret(m);
}

static int64_t glue_set_segment_base(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_set_segment_base(m, (uint32_t)arg[0], arg[1]);
}

static int64_t glue_mmuext_op(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_mmuext_op(m, arg[0], (uint32_t)arg[1], arg[2], (uint16_t)arg[3]);
}

static int64_t glue_physdev_set_iopl(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_physdev_set_iopl(m, arg[0]);
}

static int64_t glue_physdev_irq_unmask_notify(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_physdev_irq_unmask_notify(m);
}

static int64_t glue_physdev_set_iobitmap(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_physdev_set_iobitmap(m, arg[0], (uint32_t)arg[1]);
}

static int64_t glue_physdev_apic_read(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_physdev_apic_read(m, arg[0], (uint32_t)arg[1]);
}

static int64_t glue_physdev_apic_write(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_physdev_apic_write(m, arg[0], (uint32_t)arg[1], (uint32_t)arg[2]);
}

static int64_t glue_physdev_alloc_irq_vector(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_physdev_alloc_irq_vector(m, (uint32_t)arg[0]);
}

static int64_t glue_physdev_irq_status_query(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_physdev_irq_status_query(m, (uint32_t)arg[0], &out[0]);
}

static int64_t glue_physdev_op_raw(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_physdev_op_raw(m, (uint32_t)arg[0], arg[1]);
}

static int64_t glue_vm_assist(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_vm_assist(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_nmi_op_register(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_nmi_op_register(m, arg[0]);
}

static int64_t glue_nmi_op_unregister(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)arg;
    (void)out;
    return ht_h_nmi_op_unregister(m);
}

static int64_t glue_console_io_write(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_console_io_write(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 39));
}

static int64_t glue_console_io_read(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_console_io_read(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 40));
}

static int64_t glue_console_io_raw(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_console_io_raw(m, (uint32_t)arg[0], (uint32_t)arg[1]);
}

static int64_t glue_hypercall_raw(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_hypercall_raw(m, arg[0], arg[1], arg[2], arg[3], arg[4], arg[5]);
}

static int64_t glue_serial_input(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_serial_input(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 41));
}

static int64_t glue_serial_output(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_serial_output(m, (uint32_t)arg[0], ht_list_at(m, arg[1], 42));
}

static int64_t glue_grant_entry_write(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    (void)out;
    return ht_h_grant_entry_write(m, (uint16_t)arg[0], (uint32_t)arg[1], (uint32_t)arg[2], (uint16_t)arg[3], arg[4]);
}

static int64_t glue_gnttab_setup_table(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_gnttab_setup_table(m, (uint32_t)arg[0], (uint16_t)arg[1], (uint32_t)arg[2], ht_list_at(m, arg[3], 43), &out[0]);
}

static int64_t glue_gnttab_query_size(ht_machine *m, const uint64_t *arg, uint64_t *out)
{
    return ht_h_gnttab_query_size(m, (uint32_t)arg[0], (uint16_t)arg[1], &out[0], &out[1], &out[2]);
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
    [HT_CALL_memshr_range_share] = glue_memshr_range_share,
    [HT_CALL_memshr_fork] = glue_memshr_fork,
    [HT_CALL_memshr_fork_reset] = glue_memshr_fork_reset,
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
    [HT_CALL_mem_access_set_multi] = glue_mem_access_set_multi,
    [HT_CALL_set_access_required] = glue_set_access_required,
    [HT_CALL_increase_reservation] = glue_increase_reservation,
    [HT_CALL_decrease_reservation] = glue_decrease_reservation,
    [HT_CALL_populate_physmap] = glue_populate_physmap,
    [HT_CALL_current_reservation] = glue_current_reservation,
    [HT_CALL_maximum_reservation] = glue_maximum_reservation,
    [HT_CALL_maximum_ram_page] = glue_maximum_ram_page,
    [HT_CALL_remove_from_physmap] = glue_remove_from_physmap,
    [HT_CALL_maximum_gpfn] = glue_maximum_gpfn,
    [HT_CALL_domain_getinfo] = glue_domain_getinfo,
    [HT_CALL_domain_setmaxmem] = glue_domain_setmaxmem,
    [HT_CALL_domain_set_target] = glue_domain_set_target,
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
    [HT_CALL_guest_exec] = glue_guest_exec,
    [HT_CALL_foreign_map] = glue_foreign_map,
    [HT_CALL_foreign_unmap] = glue_foreign_unmap,
    [HT_CALL_grant_access] = glue_grant_access,
    [HT_CALL_grant_end_access] = glue_grant_end_access,
    [HT_CALL_grant_map] = glue_grant_map,
    [HT_CALL_grant_unmap] = glue_grant_unmap,
    [HT_CALL_ring_get_request] = glue_ring_get_request,
    [HT_CALL_ring_put_response] = glue_ring_put_response,
    [HT_CALL_ring_put_response_versioned] = glue_ring_put_response_versioned,
    [HT_CALL_evtchn_send] = glue_evtchn_send,
    [HT_CALL_domain_set_max_evtchn] = glue_domain_set_max_evtchn,
    [HT_CALL_vm_event_resume] = glue_vm_event_resume,
    [HT_CALL_vm_event_get_version] = glue_vm_event_get_version,
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
    [HT_CALL_gnttab_set_version] = glue_gnttab_set_version,
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
    [HT_CALL_acquire_resource] = glue_acquire_resource,
    [HT_CALL_resource_size] = glue_resource_size,
    [HT_CALL_map_resource] = glue_map_resource,
    [HT_CALL_unmap_resource] = glue_unmap_resource,
    [HT_CALL_ioreq_server_create] = glue_ioreq_server_create,
    [HT_CALL_ioreq_server_destroy] = glue_ioreq_server_destroy,
    [HT_CALL_tmem_new_pool] = glue_tmem_new_pool,
    [HT_CALL_tmem_destroy_pool] = glue_tmem_destroy_pool,
    [HT_CALL_tmem_new_page] = glue_tmem_new_page,
    [HT_CALL_tmem_put_page] = glue_tmem_put_page,
    [HT_CALL_tmem_get_page] = glue_tmem_get_page,
    [HT_CALL_tmem_flush_page] = glue_tmem_flush_page,
    [HT_CALL_tmem_flush_object] = glue_tmem_flush_object,
    [HT_CALL_tmem_read] = glue_tmem_read,
    [HT_CALL_tmem_write] = glue_tmem_write,
    [HT_CALL_tmem_xchg] = glue_tmem_xchg,
    [HT_CALL_tmem_op_other] = glue_tmem_op_other,
    [HT_CALL_tmem_auth] = glue_tmem_auth,
    [HT_CALL_tmem_restore_new_pool] = glue_tmem_restore_new_pool,
    [HT_CALL_tmem_control_thaw] = glue_tmem_control_thaw,
    [HT_CALL_tmem_control_freeze] = glue_tmem_control_freeze,
    [HT_CALL_tmem_control_flush] = glue_tmem_control_flush,
    [HT_CALL_tmem_control_destroy] = glue_tmem_control_destroy,
    [HT_CALL_tmem_control_list] = glue_tmem_control_list,
    [HT_CALL_tmem_control_set_weight] = glue_tmem_control_set_weight,
    [HT_CALL_tmem_control_set_cap] = glue_tmem_control_set_cap,
    [HT_CALL_tmem_control_set_compress] = glue_tmem_control_set_compress,
    [HT_CALL_tmem_control_query_freeable_mb] = glue_tmem_control_query_freeable_mb,
    [HT_CALL_tmem_control_save_begin] = glue_tmem_control_save_begin,
    [HT_CALL_tmem_control_save_get_version] = glue_tmem_control_save_get_version,
    [HT_CALL_tmem_control_save_get_maxpools] = glue_tmem_control_save_get_maxpools,
    [HT_CALL_tmem_control_save_get_client_weight] = glue_tmem_control_save_get_client_weight,
    [HT_CALL_tmem_control_save_get_client_cap] = glue_tmem_control_save_get_client_cap,
    [HT_CALL_tmem_control_save_get_client_flags] = glue_tmem_control_save_get_client_flags,
    [HT_CALL_tmem_control_save_get_pool_flags] = glue_tmem_control_save_get_pool_flags,
    [HT_CALL_tmem_control_save_get_pool_npages] = glue_tmem_control_save_get_pool_npages,
    [HT_CALL_tmem_control_save_get_pool_uuid] = glue_tmem_control_save_get_pool_uuid,
    [HT_CALL_tmem_control_save_get_next_page] = glue_tmem_control_save_get_next_page,
    [HT_CALL_tmem_control_save_get_next_inv] = glue_tmem_control_save_get_next_inv,
    [HT_CALL_tmem_control_save_end] = glue_tmem_control_save_end,
    [HT_CALL_tmem_control_restore_begin] = glue_tmem_control_restore_begin,
    [HT_CALL_tmem_control_restore_put_page] = glue_tmem_control_restore_put_page,
    [HT_CALL_tmem_control_restore_flush_page] = glue_tmem_control_restore_flush_page,
    [HT_CALL_tmem_control_other] = glue_tmem_control_other,
    [HT_CALL_memory_exchange] = glue_memory_exchange,
    [HT_CALL_memory_exchange_and_pin] = glue_memory_exchange_and_pin,
    [HT_CALL_memory_unpin] = glue_memory_unpin,
    [HT_CALL_advance_time] = glue_advance_time,
    [HT_CALL_createdomain] = glue_createdomain,
    [HT_CALL_destroydomain] = glue_destroydomain,
    [HT_CALL_getdomaininfo] = glue_getdomaininfo,
    [HT_CALL_getdomaininfolist] = glue_getdomaininfolist,
    [HT_CALL_physinfo] = glue_physinfo,
    [HT_CALL_get_hvm_param] = glue_get_hvm_param,
    [HT_CALL_getpageframeinfo3] = glue_getpageframeinfo3,
    [HT_CALL_monitor_op] = glue_monitor_op,
    [HT_CALL_vcpu_initialise] = glue_vcpu_initialise,
    [HT_CALL_vcpu_up] = glue_vcpu_up,
    [HT_CALL_vcpu_down] = glue_vcpu_down,
    [HT_CALL_vcpu_is_up] = glue_vcpu_is_up,
    [HT_CALL_vcpu_get_runstate_info] = glue_vcpu_get_runstate_info,
    [HT_CALL_vcpu_register_runstate_memory_area] = glue_vcpu_register_runstate_memory_area,
    [HT_CALL_vcpu_set_periodic_timer] = glue_vcpu_set_periodic_timer,
    [HT_CALL_vcpu_stop_periodic_timer] = glue_vcpu_stop_periodic_timer,
    [HT_CALL_vcpu_set_singleshot_timer] = glue_vcpu_set_singleshot_timer,
    [HT_CALL_vcpu_stop_singleshot_timer] = glue_vcpu_stop_singleshot_timer,
    [HT_CALL_vcpu_register_vcpu_info] = glue_vcpu_register_vcpu_info,
    [HT_CALL_vcpu_send_nmi] = glue_vcpu_send_nmi,
    [HT_CALL_vcpu_get_physid] = glue_vcpu_get_physid,
    [HT_CALL_vcpu_register_vcpu_time_memory_area] = glue_vcpu_register_vcpu_time_memory_area,
    [HT_CALL_vcpu_op_raw] = glue_vcpu_op_raw,
    [HT_CALL_set_timer_op] = glue_set_timer_op,
    [HT_CALL_guest_timer_interrupt] = glue_guest_timer_interrupt,
    [HT_CALL_xenver_version] = glue_xenver_version,
    [HT_CALL_xenver_extraversion] = glue_xenver_extraversion,
    [HT_CALL_xenver_compile_info] = glue_xenver_compile_info,
    [HT_CALL_xenver_capabilities] = glue_xenver_capabilities,
    [HT_CALL_xenver_changeset] = glue_xenver_changeset,
    [HT_CALL_xenver_platform_parameters] = glue_xenver_platform_parameters,
    [HT_CALL_xenver_get_features] = glue_xenver_get_features,
    [HT_CALL_xenver_pagesize] = glue_xenver_pagesize,
    [HT_CALL_xenver_guest_handle] = glue_xenver_guest_handle,
    [HT_CALL_xenver_commandline] = glue_xenver_commandline,
    [HT_CALL_xenver_raw] = glue_xenver_raw,
    [HT_CALL_multicall] = glue_multicall,
    [HT_CALL_set_trap_table] = glue_set_trap_table,
    [HT_CALL_mmu_update] = glue_mmu_update,
    [HT_CALL_set_gdt] = glue_set_gdt,
    [HT_CALL_stack_switch] = glue_stack_switch,
    [HT_CALL_set_callbacks] = glue_set_callbacks,
    [HT_CALL_fpu_taskswitch] = glue_fpu_taskswitch,
    [HT_CALL_set_debugreg] = glue_set_debugreg,
    [HT_CALL_get_debugreg] = glue_get_debugreg,
    [HT_CALL_update_descriptor] = glue_update_descriptor,
    [HT_CALL_update_va_mapping] = glue_update_va_mapping,
    [HT_CALL_iret] = glue_iret,
    [HT_CALL_set_segment_base] = glue_set_segment_base,
    [HT_CALL_mmuext_op] = glue_mmuext_op,
    [HT_CALL_physdev_set_iopl] = glue_physdev_set_iopl,
    [HT_CALL_physdev_irq_unmask_notify] = glue_physdev_irq_unmask_notify,
    [HT_CALL_physdev_set_iobitmap] = glue_physdev_set_iobitmap,
    [HT_CALL_physdev_apic_read] = glue_physdev_apic_read,
    [HT_CALL_physdev_apic_write] = glue_physdev_apic_write,
    [HT_CALL_physdev_alloc_irq_vector] = glue_physdev_alloc_irq_vector,
    [HT_CALL_physdev_irq_status_query] = glue_physdev_irq_status_query,
    [HT_CALL_physdev_op_raw] = glue_physdev_op_raw,
    [HT_CALL_vm_assist] = glue_vm_assist,
    [HT_CALL_nmi_op_register] = glue_nmi_op_register,
    [HT_CALL_nmi_op_unregister] = glue_nmi_op_unregister,
    [HT_CALL_console_io_write] = glue_console_io_write,
    [HT_CALL_console_io_read] = glue_console_io_read,
    [HT_CALL_console_io_raw] = glue_console_io_raw,
    [HT_CALL_hypercall_raw] = glue_hypercall_raw,
    [HT_CALL_serial_input] = glue_serial_input,
    [HT_CALL_serial_output] = glue_serial_output,
    [HT_CALL_grant_entry_write] = glue_grant_entry_write,
    [HT_CALL_gnttab_setup_table] = glue_gnttab_setup_table,
    [HT_CALL_gnttab_query_size] = glue_gnttab_query_size,
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
    [HT_FAMILY_GNTTAB] = &ht_family_gnttab,
    [HT_FAMILY_SCHED] = &ht_family_sched,
    [HT_FAMILY_RESOURCE] = &ht_family_resource,
    [HT_FAMILY_TMEM] = &ht_family_tmem,
    [HT_FAMILY_EXCHANGE] = &ht_family_exchange,
    [HT_FAMILY_CLOCK] = &ht_family_clock,
    [HT_FAMILY_TOOLSTACK] = &ht_family_toolstack,
    [HT_FAMILY_MONITOR] = &ht_family_monitor,
    [HT_FAMILY_VCPU] = &ht_family_vcpu,
    [HT_FAMILY_XENVER] = &ht_family_xenver,
    [HT_FAMILY_MULTICALL] = &ht_family_multicall,
    [HT_FAMILY_PVONLY] = &ht_family_pvonly,
    [HT_FAMILY_GNTBYTES] = &ht_family_gntbytes,
    [HT_FAMILY_GNTSIZE] = &ht_family_gntsize,
};

const struct ht_shared_number ht_shared_numbers[] = {
    {"RAW_REFUSED_LIMIT", INT64_C(-1000000)},
    {"RAW_UNKNOWN_CALL", INT64_C(-1000001)},
    {"RAW_BAD_CALLER", INT64_C(-1000002)},
    {"RAW_UNSUPPORTED", INT64_C(-1000003)},
    {"TRACE_ERRNO_UNSUPPORTED", INT64_C(65535)},
    {"RAW_CALLER_DOWN", INT64_C(-1000004)},
    {"RAW_BAD_ARG0", INT64_C(-1000010)},
    {"RAW_BAD_LIST0", INT64_C(-1000020)},
    {"RAW_BAD_VALUE0", INT64_C(-1000030)},
    {"PACK", INT64_C(65536)},
    {"LIST_SHIFT", INT64_C(32)},
    {"DEFAULT_PROFILE_INDEX", INT64_C(0)},
    {"DOMID_SELF", INT64_C(32752)},
    {"DOMID_FIRST_RESERVED", INT64_C(32752)},
    {"GFN_GREF_FLAG", INT64_C(4611686018427387904)},
    {"MULTICALL_MAX_ENTRIES", INT64_C(256)},
    {"GFN_CAPACITY_MAX", INT64_C(2147483647)},
    {"GNT_INITIAL_FRAMES", INT64_C(4)},
    {"GNT_INITIAL_FRAMES_4_17", INT64_C(1)},
    {"GNT_DEFAULT_MAX_FRAMES", INT64_C(32)},
    {"GNT_MAX_FRAMES", INT64_C(64)},
    {"GNT_ENTRIES_PER_PAGE", INT64_C(512)},
    {"GNT_RESERVED_ENTRIES", INT64_C(8)},
    {"IOREQ_MAX_SERVERS", INT64_C(8)},
    {"RESOURCE_CHUNK", INT64_C(32)},
    {"VMTRACE_MAX_FRAMES", INT64_C(16384)},
    {"MEM_EVENT_FLAG_DUMMY", INT64_C(16)},
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
    [HT_FAMILY_FAULT] = 4,
    [HT_FAMILY_EVTCHN] = 3,
    [HT_FAMILY_GNTTAB] = 4,
    [HT_FAMILY_SCHED] = 2,
    [HT_FAMILY_RESOURCE] = 2,
    [HT_FAMILY_TMEM] = 2,
    [HT_FAMILY_EXCHANGE] = 2,
    [HT_FAMILY_CLOCK] = 1,
    [HT_FAMILY_TOOLSTACK] = 2,
    [HT_FAMILY_MONITOR] = 1,
    [HT_FAMILY_VCPU] = 2,
    [HT_FAMILY_XENVER] = 1,
    [HT_FAMILY_MULTICALL] = 1,
    [HT_FAMILY_PVONLY] = 1,
    [HT_FAMILY_GNTBYTES] = 1,
    [HT_FAMILY_GNTSIZE] = 2,
};

const char *const ht_reason_texts[HT_NREASONS] = {
    [HT_R_NONE] = "",
    [HT_R_REFUSED_UNKNOWN_CALL] = "engine: unknown call number",
    [HT_R_REFUSED_ARGUMENT_WIDTH] = "engine: an argument is wider than its C type",
    [HT_R_REFUSED_CALLER] = "engine: the calling domain or vcpu does not exist",
    [HT_R_REFUSED_CALLER_DOWN] = "engine: the calling vcpu is down and cannot make calls",
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
    [HT_R_MEM_EVENT_DYING_NOOP] = "mem_event: the domain is dying; Xen does nothing and returns 0, the port unwritten",
    [HT_R_RANGE_BAD] = "range: starts or ends beyond the highest mapped gfn, or wraps",
    [HT_R_ABI_NO_SUCH_HYPERCALL] = "abi: this Xen has no such hypercall (ENOSYS)",
    [HT_R_ABI_HYPERCALL_NOT_MODELLED] = "abi: unsupported: the hypercall is not modelled",
    [HT_R_ABI_NO_SUCH_COMMAND] = "abi: this Xen does not know the command (ENOSYS)",
    [HT_R_ABI_COMMAND_NOT_MODELLED] = "abi: unsupported: the command is not modelled",
    [HT_R_ABI_UNKNOWN_COMMAND] = "abi: unsupported: a command this Xen does not know, which it refuses only after checks of machine state",
    [HT_R_ABI_SUBOP_NOT_MODELLED] = "abi: unsupported: the sub-op is not modelled",
    [HT_R_ABI_NOT_IN_CATALOGUE] = "abi: unsupported: the operation has no catalogue call",
    [HT_R_ABI_ARG_FAULT] = "abi: the argument struct is not in the caller's memory (EFAULT)",
    [HT_R_ABI_COPYBACK_FAULT] = "abi: writing the result back faulted (EFAULT)",
    [HT_R_ABI_INTERFACE_VERSION] = "abi: the struct's interface_version is not this Xen's",
    [HT_R_ABI_MULTICALL_NESTED] = "abi: a multicall inside a multicall (EINVAL)",
    [HT_R_ABI_MULTICALL_FAULT] = "abi: the multicall entries are not in the caller's memory",
    [HT_R_ABI_CONTINUATION] = "abi: unsupported: a continuation (memory_op start_extent) is not modelled",
    [HT_R_ABI_START_EXTENT] = "abi: start_extent is not 0 for an op that takes none (EINVAL)",
    [HT_R_ABI_FIELD_TOO_WIDE] = "abi: unsupported: a field does not fit the catalogue argument",
    [HT_R_ABI_FIELD_NOT_MODELLED] = "abi: unsupported: a field the engine does not model is set",
    [HT_R_ABI_LIST_TOO_LONG] = "abi: unsupported: a list longer than the catalogue call takes (its max_length)",
    [HT_R_ABI_LIST_UNREPRESENTABLE] = "abi: unsupported: a list handle that is not NULL but reaches no memory (the call cannot tell it from NULL)",
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
    [HT_R_SHARE_CLIENT_STALE_TUPLE] = "share (xen-4.2, xen-4.17): the client frame has a stale rmap tuple, which Xen maps again through set_shared_p2m_entry (reading the page of the cleared entry): not modelled",
    [HT_R_SHARE_CLIENT_DEAD_TUPLE] = "share (xen-4.2, xen-4.17): the client frame has a tuple of a destroyed domain, whose lookup hits BUG_ON(!d) (the host panics) or finds the domain that took its id and maps that domain's gfn: not modelled",
    [HT_R_STALE_TUPLE_SHARED_AGAIN] = "sharing (xen-4.2, xen-4.17): the gfn's entry still holds a stale rmap tuple of remove_from_physmap; sharing the gfn again is not modelled",
    [HT_R_SHARE_SOURCE_HANDLE] = "share: the source handle is not the source frame's",
    [HT_R_SHARE_CLIENT_HANDLE] = "share: the client handle is not the client frame's",
    [HT_R_ADD_PHYSMAP_GREF] = "add_to_physmap: the source gfn carries the grant-reference flag",
    [HT_R_ADD_PHYSMAP_NOT_HOLE] = "add_to_physmap: the client gfn is not a hole",
    [HT_R_ADD_PHYSMAP_NO_RMAP] = "add_to_physmap: no rmap entry can be allocated",
    [HT_R_ADD_PHYSMAP_P2M_SET] = "add_to_physmap: the client p2m entry cannot be set",
    [HT_R_DEBUG_NOT_SHARED] = "debug: no shared frame backs the gfn",
    [HT_R_SHARING_NO_SUCH_OP] = "sharing: Xen 4.2 has no such sub-op (mem_sharing_memop)",
    [HT_R_RESUME_NO_RING_4_17] = "resume (4.17's vm_event RESUME): the domain has no sharing ring",
    [HT_R_SHARING_NOT_VMX] = "sharing: enabling needs an HVM domain on a VMX (Intel) CPU",
    [HT_R_RANGE_PAD] = "range_share: _pad is not 0",
    [HT_R_RANGE_OPAQUE] = "range_share: opaque is outside [first_gfn, last_gfn]",
    [HT_R_RANGE_NOT_PAUSED] = "range_share: a domain is not paused",
    [HT_R_RANGE_BEYOND_MAX_GPFN] = "range_share: the range passes a domain's maximum gpfn",
    [HT_R_FORK_FLAGS] = "fork: pad or flags are invalid",
    [HT_R_FORK_VCPUS] = "fork: the parent and the fork have different vcpu counts",
    [HT_R_FORK_NOT_PAUSED] = "fork: the fork is not paused by the toolstack",
    [HT_R_FORK_NOT_MODELLED] = "fork: copying the parent's state into the fork",
    [HT_R_FORK_NO_PARENT] = "fork_reset: the domain is not a fork",
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
    [HT_R_ACCESS_SANITY_4_17] = "access: not an HVM domain on HAP with a VMX CPU (4.17's p2m_mem_access_sanity_check)",
    [HT_R_MONITOR_RING_PV_4_17] = "monitor ring: a PV domain's HVM params (4.17 reads the hvm union member) are not modelled",
    [HT_R_ACCESS_NOT_INTEL] = "access: the host CPU is not Intel (EPT only)",
    [HT_R_ACCESS_NO_RING] = "access: the domain has no access ring",
    [HT_R_ACCESS_VALUE_BAD] = "access: not an access type",
    [HT_R_ACCESS_P2M_SET] = "access: a p2m entry cannot be updated (injected)",
    [HT_R_ACCESS_NO_FRAME] = "access: the gfn has no frame",
    [HT_R_ACCESS_UNREPORTABLE] = "access: n2rwx has no entry in 4.2's table",
    [HT_R_ACCESS_NO_SUCH_OP] = "access: Xen 4.2's XENMEM_access_op has no such op",
    [HT_R_ACCESS_LIST_FAULT] = "access: the pfn or access list ends before nr",
    [HT_R_ACCESS_GFN_TOO_WIDE] = "access: the gfn is beyond the guest physical address width",
    [HT_R_ACCESS_REQUIRED_SELF] = "set_access_required: the target is the caller",
    [HT_R_RESERVATION_NO_DOMAIN] = "reservation: no such domain; nothing done",
    [HT_R_RESERVATION_NOT_PRIVILEGED] = "reservation: the caller is not privileged for the domain; nothing done",
    [HT_R_RESERVATION_TOO_MANY] = "reservation: too many extents; nothing done",
    [HT_R_RESERVATION_ADDRESS_BITS] = "reservation: address_bits 1..12; nothing done",
    [HT_R_RESERVATION_ORDER] = "reservation: extent order too large; nothing done",
    [HT_R_DECREASE_GUEST_SLEEPS] = "decrease_reservation (4.2) by the domain itself, dropping paged gfns with the paging ring full: the vcpu sleeps in the hypercall for a slot (mem_event_wait_slot), a call that has not returned: not modelled",
    [HT_R_DECREASE_ORDER_UNDEFINED] = "decrease_reservation (4.2): extent order 31 or more: \"1 << a->extent_order\" is undefined behaviour in C (XSA-31 bounded the order)",
    [HT_R_RESERVATION_NO_MEMORY] = "reservation: stopped at max_pages or host memory",
    [HT_R_RESERVATION_REMOVE_FAILED] = "reservation: stopped at a gfn that cannot be removed",
    [HT_R_RESERVATION_COPY_FAULT] = "reservation: the extent list ends before nr_extents (a copy fault ends the op)",
    [HT_R_POPULATE_BEYOND_P2M] = "populate: stopped at a gfn beyond the guest's address width",
    [HT_R_REMOVE_NO_PAGE] = "remove_from_physmap: no page at the gfn",
    [HT_R_REMOVE_PINNED] = "remove_from_physmap: the gfn is pinned",
    [HT_R_REMOVE_NOT_TRANSLATED] = "remove_from_physmap: the domain is paravirtualised (4.17: -EACCES)",
    [HT_R_RESERVATION_PINNED] = "reservation: stopped at an extent with a pinned gfn",
    [HT_R_REMOVE_XSM_DENIED] = "remove_from_physmap: the XSM policy refuses; 4.2 answers EPERM",
    [HT_R_REMOVE_FRAME_ORPHANED] = "remove_from_physmap (4.2): the entry is cleared, the frame stays allocated to the domain, mapped nowhere",
    [HT_R_REMOVE_SHARED_TUPLE_DROPPED] = "remove_from_physmap: a shared gfn; its tuple was dropped",
    [HT_R_REMOVE_SHARED_TUPLE_STALE] = "remove_from_physmap (xen-4.2, xen-4.17): a shared gfn's entry is cleared; its rmap tuple and shr_pages stay (p2m_remove_page), a stale tuple in the domain's ledger",
    [HT_R_DESTROY_DEAD_DOMAINS_FULL] = "domain destruction: rmap tuples of the domain would outlive it (stale ones, which relinquish_shared_pages never sees, or in xen-4.2 the gfn shared at its p2m's high-water mark), and the engine already names the tuples of as many destroyed domains as it keeps: not modelled",
    [HT_R_MAXIMUM_GPFN_PV] = "maximum_gpfn: unsupported: a PV domain's p2m size is not modelled",
    [HT_R_GETINFO_NONE] = "getinfo: no domain at or above that id",
    [HT_R_NOT_DM_PRIVILEGED] = "gate: the caller is neither the control domain nor the target's device model (XSM_DM_PRIV)",
    [HT_R_SET_TARGET_NO_TARGET] = "set_target: the target domain does not exist",
    [HT_R_SET_TARGET_TAKEN] = "set_target: the domain would serve itself, or already serves another",
    [HT_R_HVM_PARAM_RANGE] = "set_hvm_param: not below HVM_NR_PARAMS",
    [HT_R_MEM_TYPE_UNKNOWN] = "set_mem_type: unknown type",
    [HT_R_MEM_TYPE_CANNOT_CHANGE] = "set_mem_type: a gfn cannot take the type",
    [HT_R_MEM_TYPE_SHARED_NOMEM] = "set_mem_type (4.2): a shared gfn could not be unshared (no memory for its copy)",
    [HT_R_MEM_TYPE_PAGING] = "set_mem_type (4.2): the gfn is paged; a page-in was started",
    [HT_R_MEM_TYPE_OTHER_FRAME] = "set_mem_type (4.2): an mmio_direct, grant, PoD or broken gfn in the range: p2m_change_type puts the new type over its frame (a device frame made RAM), or for a grant hits BUG_ON(p2m_is_grant(ot)), a host panic: not modelled",
    [HT_R_MMIO_IS_RAM] = "memory_mapping: the frames are host RAM",
    [HT_R_MMIO_NOT_HOLE] = "memory_mapping: a gfn is not a hole",
    [HT_R_MMIO_NOT_MAPPED] = "memory_mapping: a gfn is not mmio_direct",
    [HT_R_MMIO_IOMEM_CAPS] = "memory_mapping (4.2): a caller other than the control domain that an earlier memory_mapping gave I/O-memory rights: the engine keeps no iomem rangesets",
    [HT_R_MMIO_MAP_COUNT_OVERFLOW] = "memory_mapping (4.2): more than 2^31 - 1 frames: the loop's int counter overflows (undefined behaviour)",
    [HT_R_MMIO_MAP_FRAME_TOO_WIDE] = "memory_mapping (4.2): a frame the engine's 32-bit p2m entry cannot hold",
    [HT_R_MMIO_MAP_OVER_SHARED] = "memory_mapping (4.2): a shared gfn: set_mmio_p2m_entry overwrites the shared frame's M2P and leaves its rmap tuple",
    [HT_R_MMIO_MAP_OVER_PAGED] = "memory_mapping (4.2): a paged gfn without a frame: set_mmio_p2m_entry writes the M2P entry of frame 0xFFFFFFFFFF, out of the table (memory-unsafe)",
    [HT_R_MMIO_MAP_HOST_RAM] = "memory_mapping (4.2): a host RAM frame mapped mmio_direct (the control domain passes every check): the engine's paths over an mmio_direct entry assume no RAM frame behind it (a guest access would read it, decrease_reservation free it)",
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
    [HT_R_CREATE_BAD_GRANT_FRAMES] = "create: max_grant_frames out of range for the profile",
    [HT_R_CREATE_BAD_VMTRACE] = "create: the trace buffer size or the domain cannot have one",
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
    [HT_R_GUEST_UNSHARE_NOMEM_DROPPED] = "guest: unshare out of memory and the sharing ring full: no ENOMEM request, the vcpu is not paused and retries (xen-4.17)",
    [HT_R_GUEST_ACCESS_REQUIRED_CRASH] = "guest: access violation, nobody listens and access is required: domain crashed",
    [HT_R_GUEST_WRITE_DISCARDED] = "guest: write to a read-only gfn discarded",
    [HT_R_FOREIGN_PAGED] = "foreign_map: the gfn is paged out; a page-in was started",
    [HT_R_FOREIGN_PAGING_IN_NO_FRAME] = "foreign_map: the gfn is being paged in and has no frame yet; no page-in is started",
    [HT_R_GUEST_PAGING_IN_SPURIOUS] = "guest access: the gfn is being paged in: a spurious fault, the vcpu retries",
    [HT_R_FOREIGN_NO_RAM] = "foreign_map: no RAM at the gfn",
    [HT_R_FOREIGN_UNSHARE_NOMEM] = "foreign_map: a writable mapping cannot unshare the gfn",
    [HT_R_MAP_TABLE_FULL] = "map: no free mapping slot",
    [HT_R_MAP_REFS_LIMIT] = "map: the page's reference count is at its limit",
    [HT_R_MAPPING_BAD] = "unmap: not a live mapping of that kind",
    [HT_R_GRANT_TABLE_FULL] = "grant: the grant table is full",
    [HT_R_GRANT_NOT_GRANTED] = "grant: the reference grants nothing",
    [HT_R_GRANT_STILL_MAPPED] = "grant: the grant is still mapped",
    [HT_R_GRANT_READ_ONLY] = "grant_map: writable map of a read-only grant",
    [HT_R_GRANT_OTHER_DOMAIN] = "grant_map: the entry grants another domain than the mapper",
    [HT_R_GRANT_PV_FRAME_NOT_OWNED] = "grant_map: a PV domain's entry names a frame the domain does not own",
    [HT_R_GRANT_PAGED] = "grant_map: the granted gfn is paged out; a page-in was started",
    [HT_R_GRANT_NO_RAM] = "grant_map: no RAM at the granted gfn",
    [HT_R_GRANT_UNSHARE_FAILED] = "grant_map: the granted gfn cannot be unshared",
    [HT_R_VM_EVENT_NO_SUCH_OP] = "vm_event: Xen 4.2's mem_event domctl has no such op",
    [HT_R_EVTCHN_NO_FREE_PORT] = "evtchn: no free port below the domain's limit",
    [HT_R_EVTCHN_NO_BUCKET] = "evtchn: no memory for another bucket of ports",
    [HT_R_EVTCHN_DYING] = "evtchn: the domain is dying (get_free_port)",
    [HT_R_EVTCHN_COPY_IN] = "evtchn: the argument struct cannot be read",
    [HT_R_EVTCHN_COPY_OUT] = "evtchn: the result cannot be written back; the change stays",
    [HT_R_EVTCHN_BAD_PORT] = "evtchn: the port is not valid (beyond 4096 or its bucket)",
    [HT_R_EVTCHN_XEN_CONSUMER] = "evtchn status: the port is consumed by Xen (4.17: EACCES)",
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
    [HT_R_GNT_VERSION_BAD] = "set_version: not version 1 or 2",
    [HT_R_GNT_VERSION_SAME] = "set_version: the table already has that version",
    [HT_R_GNT_ENTRIES_IN_USE] = "set_version: a grant beyond the first 8 is mapped",
    [HT_R_GNT_STATUS_MAPPED] = "set_version: a status frame is still mapped",
    [HT_R_GNT_POOL_EXHAUSTED] = "grant: the engine's pool of grant-entry pages is exhausted (an engine limit)",
    [HT_R_GNT_RES_DYING] = "grant frames: the domain is dying; its table no longer grows",
    [HT_R_GNT_RES_BEYOND_MAX] = "grant frames: beyond what the table can grow to (max_grant_frames)",
    [HT_R_GNT_RES_STATUS_V1] = "grant frames: status frames of a table that is not v2",
    [HT_R_GNT_RES_NO_MEMORY] = "grant frames: no host frame for a grant frame (a failed growth reads as EINVAL)",
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
    [HT_R_MEMOP_UNKNOWN_42] = "memory_op: 4.2 has no such op (-ENOSYS)",
    [HT_R_DM_OP_UNKNOWN_42] = "dm_op: 4.2 has no such hypercall (-ENOSYS)",
    [HT_R_RES_CALLER_TRANSLATED] = "acquire_resource: a translated caller that is not the hardware domain",
    [HT_R_RES_PAD] = "acquire_resource: pad is not 0",
    [HT_R_RES_FRAME_RANGE] = "acquire_resource: frame or frame + nr_frames beyond 32 bits",
    [HT_R_RES_NO_FRAMES] = "acquire_resource: the resource has no frames (max_frames 0)",
    [HT_R_RES_SIZE_QUERY_ARGS] = "acquire_resource: a size query with nr_frames or start_extent set",
    [HT_R_RES_NR_RANGE] = "acquire_resource: start_extent not below nr_frames, or nr_frames too large",
    [HT_R_RES_LIST_SHORT] = "acquire_resource: frame_list ends before nr_frames",
    [HT_R_RES_UNKNOWN_TYPE] = "acquire_resource: no handler for the type",
    [HT_R_RES_CALLER_TRANSLATED_LATE] = "acquire_resource: EACCES after the resource was acquired, the domain left locked (XSA-334)",
    [HT_R_RES_MAP_EMPTY] = "map_resource: no frames asked: the library's size query",
    [HT_R_RES_NOT_A_MAPPING] = "unmap_resource: not a live resource mapping",
    [HT_R_RES_MAPPED_FULL] = "map_resource: no room left for the mapped frames",
    [HT_R_IOREQ_ID_WIDE] = "ioreq: the id does not fit in 16 bits",
    [HT_R_IOREQ_NO_SERVER] = "ioreq: no such server",
    [HT_R_IOREQ_NOT_EMULATOR] = "ioreq: the caller is not the server's emulator",
    [HT_R_IOREQ_NO_MEMORY] = "ioreq: no host memory for the server's pages",
    [HT_R_IOREQ_NO_BUFIOREQ] = "ioreq: the server has no buffered-ioreq page",
    [HT_R_IOREQ_BAD_FRAME] = "ioreq: no such frame (beyond 1)",
    [HT_R_IOREQ_BAD_BUFIOREQ] = "ioreq: handle_bufioreq is not a mode",
    [HT_R_IOREQ_NO_STRUCT] = "ioreq: the server cannot be allocated",
    [HT_R_IOREQ_TABLE_FULL] = "ioreq: 8 servers already",
    [HT_R_IOREQ_DYING] = "ioreq: the domain is dying",
    [HT_R_VMTRACE_NO_VCPU] = "vmtrace: no such vcpu",
    [HT_R_VMTRACE_BEYOND] = "vmtrace: frames beyond the buffer, or no buffer",
    [HT_R_TMEM_DISABLED] = "tmem: not enabled (boot option tmem off)",
    [HT_R_TMEM_REMOVED] = "tmem: the profile's Xen has no tmem (removed in 4.13): -ENOSYS",
    [HT_R_TMEM_NO_CLIENT] = "tmem: the caller has no client and none can be made",
    [HT_R_TMEM_NO_POOL] = "tmem: no pool with that id in the caller's slots",
    [HT_R_TMEM_SPEC_VERSION] = "tmem: new_pool: the spec version is not 1",
    [HT_R_TMEM_PAGE_SIZE] = "tmem: new_pool: the page size is not 4 KiB",
    [HT_R_TMEM_PRECOMPRESSED] = "tmem: new_pool: precompressed pools are not supported",
    [HT_R_TMEM_RESERVED_BITS] = "tmem: new_pool: a reserved flag bit is set",
    [HT_R_TMEM_POOL_ALLOC] = "tmem: new_pool: no memory for the pool",
    [HT_R_TMEM_NO_SLOT] = "tmem: new_pool: the client's 16 pool slots are in use",
    [HT_R_TMEM_NO_SHARED_SLOT] = "tmem: new_pool: the 16 global shared pool slots are in use",
    [HT_R_TMEM_RESTORE_NO_TARGET] = "tmem: restore_new: no client for cli_id, pool_id 16 or more, or the slot is in use",
    [HT_R_TMEM_RESTORE_NO_CALLER_CLIENT] = "tmem: restore_new: cli_id 0xffff and the caller has no client (4.2 dereferences NULL)",
    [HT_R_TMEM_POOL_CREATED] = "tmem: new_pool: a new pool",
    [HT_R_TMEM_POOL_JOINED] = "tmem: new_pool: joined the live shared pool with that uuid",
    [HT_R_TMEM_POOL_MADE_PRIVATE] = "tmem: new_pool: asked for shared, made private (uuid all ones, or not authorised)",
    [HT_R_TMEM_DESTROY_NO_POOL] = "tmem: destroy_pool: no pool in that slot: 0",
    [HT_R_TMEM_DESTROY_LEAKED] = "tmem: destroy_pool: the owner is live-migrating, so the pool is leaked, not freed",
    [HT_R_TMEM_FROZEN] = "tmem: the pool's owner is frozen (-EFROZEN)",
    [HT_R_TMEM_DUP_MIGRATING] = "tmem: a put to an existing key while the owner live-migrates: the old copy is flushed",
    [HT_R_TMEM_DUP_NO_FRAME] = "tmem: a put to an existing key found no frame for the new copy: the old copy is flushed",
    [HT_R_TMEM_NO_METADATA] = "tmem: no memory for the object or the page record",
    [HT_R_TMEM_MAX_PAGES] = "tmem: the persistent pool's owner is at max_pages",
    [HT_R_TMEM_NO_FRAME] = "tmem: no frame for the page: the heap is empty or scarce",
    [HT_R_TMEM_BAD_CMFN] = "tmem: cmfn is not a populated ram_rw gfn of the caller",
    [HT_R_TMEM_RANGE_FIELD] = "tmem: an offset or the length is above 4096",
    [HT_R_TMEM_RANGE_SUM] = "tmem: an offset plus the length is above 4096",
    [HT_R_TMEM_RANGE_IGNORED] = "tmem: 4.2.0 copies nothing for a range beyond the page and says 1",
    [HT_R_TMEM_PUT_DUP] = "tmem: the put replaced the data of an existing key",
    [HT_R_TMEM_EMPTY] = "tmem: the pool holds no page (-EEMPTY)",
    [HT_R_TMEM_MISS] = "tmem: no such object or page: a miss",
    [HT_R_TMEM_GET_DESTRUCTIVE] = "tmem: a private ephemeral get: the page was copied and dropped",
    [HT_R_TMEM_COPY_FAILED_DROPPED] = "tmem: the copy failed and the private page is gone",
    [HT_R_TMEM_XCHG] = "tmem: TMEM_XCHG is not implemented: 0",
    [HT_R_TMEM_UNKNOWN_CMD] = "tmem: an unknown command: 0",
    [HT_R_TMEM_CMD_HAS_CALL] = "engine: that tmem command is a call of its own (refused)",
    [HT_R_TMEM_SUBOP_HAS_CALL] = "engine: that tmem control sub-op is a call of its own (refused)",
    [HT_R_TMEM_LONG_LIST] = "engine: TMEMC_LIST's long report is not modelled (refused)",
    [HT_R_TMEM_NEGATIVE_READBACK] = "engine: a weight or cap of 2^31 or more reads back negative: not modelled (refused)",
    [HT_R_TMEM_NOT_PRIVILEGED] = "tmem: control from a caller that is not privileged",
    [HT_R_TMEM_CTL_NO_CLIENT] = "tmem: control: cli_id names no client (-1)",
    [HT_R_TMEM_CTL_NOT_ALL] = "tmem: flush: cli_id is not 0xffff (-1)",
    [HT_R_TMEM_CTL_NO_POOL] = "tmem: control: no such client or pool (-1)",
    [HT_R_TMEM_CTL_EPHEMERAL] = "tmem: save_get_next_page: the pool is ephemeral (-1)",
    [HT_R_TMEM_CTL_SMALL_BUFFER] = "tmem: save_get_next_page: the buffer cannot hold a page and its handle",
    [HT_R_TMEM_CTL_END_OF_PAGES] = "tmem: save_get_next_page: no page, or the last one was returned (-1)",
    [HT_R_TMEM_CTL_RESTORE_EXISTS] = "tmem: restore_begin: the client exists, or the domain is missing or dying (-1)",
    [HT_R_TMEM_CTL_SENTINEL] = "tmem: the value read back is 0xffffffff or 0xfffffffe: -2",
    [HT_R_TMEM_CTL_UNKNOWN_SUBOP] = "tmem: control: no such sub-op (-1)",
    [HT_R_TMEM_CTL_UUID_FALLTHROUGH] = "tmem: 4.2.0: get_pool_uuid ran on into save_end's code",
    [HT_R_TMEM_CTL_RESTORE_BIG] = "tmem: restore_put_page: bufsize is above 4096",
    [HT_R_TMEM_SAVE_NOTHING] = "tmem: save_begin: no such client, or it has no pool: 0",
    [HT_R_TMEM_AUTH_NO_CLIENT] = "tmem: auth: cli_id names no client",
    [HT_R_TMEM_AUTH_FULL] = "tmem: auth: the client's 16 entries are in use",
    [HT_R_EXCH_PROGRESS_BAD] = "exchange: nr_exchanged is above nr_in",
    [HT_R_EXCH_DOMIDS] = "exchange: the in and out domids differ",
    [HT_R_EXCH_ORDER] = "exchange: an extent order is above MAX_ORDER (18)",
    [HT_R_EXCH_OVERFLOW] = "exchange: nr << order overflows",
    [HT_R_EXCH_SIZES] = "exchange: in and out cover different numbers of pages",
    [HT_R_EXCH_LIST_RANGE] = "exchange: a list does not hold the extents still to do",
    [HT_R_EXCH_MULTIPAGE] = "exchange: an order above 9 without I/O capabilities",
    [HT_R_EXCH_MISSING_DOMAIN_OK] = "exchange: no such domain, and 4.2.0 returns 0 doing nothing (79e6ef8c0c)",
    [HT_R_EXCH_SHARED_NOMEM] = "exchange: an input gfn is shared and cannot be unshared",
    [HT_R_EXCH_NO_PAGE] = "exchange: an input gfn has no page",
    [HT_R_EXCH_STEAL] = "exchange: an input page cannot be stolen",
    [HT_R_EXCH_ALLOC] = "exchange: no free host frames for the chunk's outputs",
    [HT_R_EXCH_COPY_FAULT] = "exchange: a list access faulted",
    [HT_R_PIN_UNSUPPORTED] = "pin: the hypervisor does not implement exchange_and_pin",
    [HT_R_MEMOP_OTHER_CALL_4_17] = "pin: memory_op 26/27 are XENMEM_get_vnumainfo / reserved_device_memory_map in 4.17, calls the engine does not model",
    [HT_R_PIN_ALREADY] = "pin: an input page is already pinned",
    [HT_R_PIN_NOT_RW] = "pin: an input page is not ordinary read-write RAM",
    [HT_R_PIN_INTERNAL] = "pin: an internal error (the p2m walk, or no room for the pins)",
    [HT_R_PIN_NOT_PINNED] = "unpin: a page is not pinned",
    [HT_R_CLOCK_OVERFLOW] = "clock: the system time would pass 2^62-1 ns (STIME_DELTA_MAX)",
    [HT_R_CLOCK_LIVELOCK] = "clock: a timer re-armed itself in the past; Xen never returns",
    [HT_R_TOOLSTACK_NOT_PRIV] = "domctl/sysctl: the caller is not privileged",
    [HT_R_CREATE_FLAGS] = "createdomain: unknown flags",
    [HT_R_CREATE_ID_IN_USE] = "createdomain: the id asked for is in use",
    [HT_R_CREATE_NO_ID] = "createdomain: no free domain id",
    [HT_R_CREATE_NO_ROOM] = "createdomain: no free domain slot or p2m room",
    [HT_R_CREATE_GRANT_OPTS] = "createdomain (4.17): grant_opts has bits beyond the version",
    [HT_R_CREATE_NO_VCPUS] = "createdomain (4.17): max_vcpus is 0",
    [HT_R_CREATE_GRANT_VERSION] = "createdomain (4.17): the grant version is 0 or above 2",
    [HT_R_CREATE_GRANT_FRAMES] = "createdomain (4.17): max_grant_frames outside 1..64 or max_maptrack_frames above 1024",
    [HT_R_KILL_SELF] = "destroydomain: the domain is the caller",
    [HT_R_KILL_DYING] = "destroydomain: the domain was dying; its relinquish is finished",
    [HT_R_GETINFO_NO_DOMAIN] = "getdomaininfo: no domain at or above that id",
    [HT_R_INFOLIST_FAULT] = "getdomaininfolist: the buffer ends before a record",
    [HT_R_INFOLIST_LAST_DENIED] = "getdomaininfolist: the last domain visited was refused",
    [HT_R_PARAM_RANGE] = "hvm param: not below HVM_NR_PARAMS",
    [HT_R_PFINFO_TOO_MANY] = "getpageframeinfo3: more than 1024 gfns",
    [HT_R_PFINFO_NO_BOUNCE] = "getpageframeinfo3: the bounce page cannot be allocated",
    [HT_R_PFINFO_FAULT] = "getpageframeinfo3: the array ends inside a chunk",
    [HT_R_PVH_DOM0_MAPPING] = "a PVH hardware domain's mapping of foreign frames into its p2m (p2m_add_foreign, set_foreign_p2m_entry): not modelled",
    [HT_R_RING_HVM_HARDWARE_DOMAIN] = "vm_event: the hardware domain is HVM/PVH (4.17 refuses paging and sharing rings)",
    [HT_R_MONITOR_NOT_PRIV] = "monitor_op: the caller is not privileged",
    [HT_R_MONITOR_NO_OP] = "monitor_op: Xen 4.2 has no domctl 77",
    [HT_R_VCPU_RANGE] = "vcpu_op: vcpuid negative or not below MAX_VIRT_CPUS",
    [HT_R_VCPU_DOWN_LAST_4_17] = "vcpu_op down: the last vcpu up shuts the domain down (poweroff) instead (4.17)",
    [HT_R_VCPU_MISSING] = "vcpu_op: no such vcpu in the calling domain",
    [HT_R_VCPU_COPY_FAULT] = "vcpu_op: the argument struct cannot be copied",
    [HT_R_VCPU_CONTEXT_NOMEM] = "vcpu_op initialise: no memory for the context buffer",
    [HT_R_VCPU_ALREADY_INITIALISED] = "vcpu_op initialise: the vcpu is already initialised",
    [HT_R_VCPU_PV_CONTEXT_UNSUPPORTED] = "vcpu_op initialise: a PV vcpu context (page tables, GDT) is not modelled",
    [HT_R_VCPU_NOT_INITIALISED] = "vcpu_op up: the vcpu was never initialised",
    [HT_R_VCPU_ADDR_RESERVED] = "vcpu_op: the address lies in Xen's reserved range",
    [HT_R_VCPU_PERIOD_SHORT] = "vcpu_op periodic timer: period below 1 ms",
    [HT_R_VCPU_PERIOD_LONG] = "vcpu_op periodic timer: period above STIME_DELTA_MAX",
    [HT_R_VCPU_NOT_SELF] = "vcpu_op: the vcpu is not the calling vcpu",
    [HT_R_VCPU_DEADLINE_PAST] = "vcpu_op singleshot timer: future flag, deadline past",
    [HT_R_VCPU_INFO_OFFSET] = "vcpu_op vcpu_info: the offset crosses the page",
    [HT_R_VCPU_INFO_OFFSET_4_17] = "vcpu_op vcpu_info: the offset crosses the page or is not 8-aligned (4.17: ENXIO)",
    [HT_R_VCPU_INFO_GFN_FIXUP_4_17] = "vcpu_op vcpu_info: the gfn needs unsharing, a page-in or PoD first (not modelled)",
    [HT_R_VCPU_HVM_CONTEXT_UNSUPPORTED] = "vcpu_op initialise: an HVM vcpu context (register state) is not modelled",
    [HT_R_VCPU_INFO_REGISTERED] = "vcpu_op vcpu_info: already registered",
    [HT_R_VCPU_INFO_HVM_4_2_0] = "vcpu_op vcpu_info: an HVM vcpu's vcpu_info_mfn reads 0 in 4.2.0 (fixed in 4.2.3)",
    [HT_R_VCPU_INFO_NOT_DOWN] = "vcpu_op vcpu_info: another vcpu that is not down",
    [HT_R_VCPU_INFO_BAD_FRAME] = "vcpu_op vcpu_info: not a frame of the domain",
    [HT_R_VCPU_INFO_NO_MAP] = "vcpu_op vcpu_info: the page cannot be mapped",
    [HT_R_VCPU_NMI_ARG] = "vcpu_op send_nmi: arg is not NULL",
    [HT_R_VCPU_NOT_PINNED] = "vcpu_op get_physid: the vcpu is not pinned",
    [HT_R_VCPU_UNKNOWN_CMD] = "vcpu_op: no such sub-op",
    [HT_R_VCPU_RAW_HAS_CALL] = "vcpu_op_raw: the sub-op has its own call; the raw form lacks its arguments",
    [HT_R_TIMER_HUGE] = "set_timer_op: negative or far deadline; armed at now + 100 ms",
    [HT_R_GUEST_NO_VCPU] = "guest: the domain has no such vcpu",
    [HT_R_XENVER_COPY_FAULT] = "xen_version: the buffer cannot be copied",
    [HT_R_XENVER_SUBMAP] = "xen_version get_features: no such submap",
    [HT_R_XENVER_PAGESIZE_ARG] = "xen_version pagesize: arg is not NULL",
    [HT_R_XENVER_UNKNOWN_CMD] = "xen_version: no such sub-op",
    [HT_R_XENVER_DENIED] = "xen_version: the sub-op is XSM_PRIV (4.17's deny): not for this domain",
    [HT_R_XENVER_BUILD_ID] = "xenver_raw: build_id (10, 4.7+) is not modelled (its xen_build_id_t buffer)",
    [HT_R_XENVER_RAW_HAS_CALL] = "xenver_raw: the sub-op has its own call; the raw form lacks its buffer",
    [HT_R_MULTICALL_NESTED] = "multicall: issued from inside a multicall",
    [HT_R_MULTICALL_SHORT] = "multicall: the list ends before nr_calls",
    [HT_R_MULTICALL_BAD_ENTRY] = "multicall: an entry names no hypercall of the catalogue, or an argument too wide",
    [HT_R_MULTICALL_ENTRY_UNSUPPORTED] = "multicall: an entry takes lists or more than six arguments, or is unsupported",
    [HT_R_MULTICALL_EXIT] = "multicall: an iret entry ended the batch",
    [HT_R_MULTICALL_NO_PROGRESS] = "multicall: preempted before its first entry; no progress",
    [HT_R_MULTICALL_STACK] = "multicall: nested too deep; the hypervisor stack overflows",
    [HT_R_PV_STATE_UNSUPPORTED] = "pv: the PV guest's MMU or CPU state is not modelled",
    [HT_R_PV_PHYSDEV_UNSUPPORTED] = "pv: the PV physdev paths (pirqs, I/O ports) are not modelled",
    [HT_R_PHYSDEV_HVM_UNSUPPORTED] = "physdev: this HVM sub-op (pirq mapping) is not modelled",
    [HT_R_PHYSDEV_COPY_FAULT] = "physdev: the argument struct cannot be copied",
    [HT_R_PHYSDEV_IRQ_RANGE] = "physdev irq_status_query: irq not below nr_pirqs",
    [HT_R_PHYSDEV_PIRQ_UNMAPPED] = "physdev irq_status_query: the pirq is not mapped",
    [HT_R_VMASST_TYPE] = "vm_assist: no such type",
    [HT_R_VMASST_CMD] = "vm_assist: no such command",
    [HT_R_MMUEXT_CONTINUATION] = "mmuext_op: a preempted op's re-entry (count MMU_UPDATE_PREEMPTED, NULL ops) is not modelled",
    [HT_R_MMUEXT_OWNER_SELF] = "mmuext_op: the foreign domain is the caller's own id",
    [HT_R_MMUEXT_NO_OWNER] = "mmuext_op: no such foreign domain",
    [HT_R_MMUEXT_OWNER_NOT_PV] = "mmuext_op: the foreign domain is not PV",
    [HT_R_MMUEXT_NOT_PRIVILEGED] = "mmuext_op: the caller may not act on the foreign domain",
    [HT_R_MMUEXT_OPS_UNSUPPORTED] = "mmuext_op: the ops in guest memory (pin, unpin, flushes) are not modelled",
    [HT_R_NMI_COPY_FAULT] = "nmi_op: the callback struct cannot be copied",
    [HT_R_NMI_NOT_DOM0_VCPU0] = "nmi_op: the seed allows domain 0's vcpu 0 only",
    [HT_R_NMI_NOT_CANONICAL] = "nmi_op: the handler address is not canonical",
    [HT_R_CONSOLE_NOT_DOM0] = "console_io: the caller is not domain 0",
    [HT_R_CONSOLE_COPY_FAULT] = "console_io: the buffer ends before count",
    [HT_R_CONSOLE_UNKNOWN_CMD] = "console_io: no such command",
    [HT_R_CONSOLE_READ_TOO_BIG] = "console_io: a read count above INT_MAX (4.17)",
    [HT_R_CONSOLE_RAW_HAS_CALL] = "console_io_raw: the command has its own call; the raw form lacks its buffer",
    [HT_R_RAW_NO_HANDLER] = "hypercall: no handler at that number",
    [HT_R_RAW_DISPATCHED] = "hypercall_raw: Xen would run this hypercall; the engine models it by its own calls",
    [HT_R_SERIAL_SHORT] = "serial_input: fewer bytes than count",
    [HT_R_SERIAL_RING_FULL] = "serial_input: dom0's input ring was full; bytes dropped",
    [HT_R_SERIAL_FOR_XEN] = "serial_input: input for Xen's debug keys is not modelled",
    [HT_R_GRANT_ENTRY_BEYOND] = "grant_entry_write: gref is beyond the table's frames",
    [HT_R_GRANT_ENTRY_DYING] = "grant_entry_write: the domain is dying",
    [HT_R_GNT_SETUP_COUNT] = "grant_table_op: count is not 1",
    [HT_R_GNT_SETUP_COPY_IN] = "grant_table_op: the op's struct cannot be read",
    [HT_R_GNT_SETUP_COPY_OUT] = "grant_table_op: the status cannot be written back",
    [HT_R_GNT_SETUP_LIST_FAULT] = "setup_table: a paravirtualised caller's frame_list cannot hold nr_frames entries",
    [HT_R_GNT_SETUP_TOO_MANY] = "setup_table: nr_frames is above the table's maximum",
    [HT_R_GNT_SETUP_BAD_DOMAIN] = "grant_table_op: no such domain (GNTST_bad_domain)",
    [HT_R_GNT_SETUP_DENIED] = "grant_table_op: the caller may not act on the domain (GNTST_permission_denied)",
    [HT_R_GNT_SETUP_NO_MEMORY] = "setup_table: no host frame to grow the table (GNTST_general_error)",
    [HT_R_GNT_SETUP_BAD_VIRT_ADDR] = "setup_table: a translated caller's frame_list is too short (GNTST_bad_virt_addr)",
    [HT_R_GNT_SETUP_DYING] = "setup_table: the domain is dying, and the engine has let its grant frames go (Xen keeps them until the domain is destroyed): not modelled",
    [HT_R_NO_MEM_SHARING] = "build: the hypervisor is built without CONFIG_MEM_SHARING",
    [HT_R_NO_MEM_PAGING] = "build: the hypervisor is built without CONFIG_MEM_PAGING",
    [HT_R_AUDIT_RELEASE] = "sharing audit: a release build has no MEM_SHARING_AUDIT",
    [HT_R_HVM_NO_HYPERCALL] = "hvm: 4.2's HVM hypercall table has no such hypercall",
    [HT_R_HVM_SUBOP_FILTERED] = "hvm: 4.2's HVM hypercall table filters this sub-op out",
    [HT_R_HVM_4_17_PATH] = "hvm: 4.17's HVM hypercall table lets an HVM guest reach a handler 4.2's did not; the engine models the 4.2 paths only",
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
    [HT_INV_EVTCHN_DYING_CLOSED] = "evtchn.8",
    [HT_INV_EVTCHN_LOWEST_FREE] = "evtchn.7",
    [HT_INV_EVTCHN_FRESH_NOT_PENDING] = "evtchn.9",
    [HT_INV_GNT_BOUNDS] = "gnttab.1",
    [HT_INV_SHUTDOWN_REASON] = "sched.1",
    [HT_INV_RES_MAPPED] = "resource.1",
    [HT_INV_RES_SIZE] = "resource.2",
    [HT_INV_IOREQ_PAGES] = "ioreq.1",
    [HT_INV_IOREQ_EMULATOR_ONLY] = "ioreq.2",
    [HT_INV_HOST_LOCKS] = "host.locks_balanced",
    [HT_INV_TMEM_SLOTS] = "tmem.1",
    [HT_INV_TMEM_PAGES] = "tmem.2",
    [HT_INV_TMEM_FRAMES] = "tmem.3",
    [HT_INV_TMEM_DATA] = "tmem.4",
    [HT_INV_EXCH] = "exchange.1",
    [HT_INV_PIN] = "pin.1",
    [HT_INV_VCPU_STATE] = "vcpu.1",
    [HT_INV_VCPU_TIMERS] = "vcpu.2",
    [HT_INV_XENVER_STRINGS] = "xenver.1",
    [HT_INV_MULTICALL_ENTRIES] = "multicall.1",
    [HT_INV_MULTICALL_NESTING] = "multicall.2",
};

const char *const ht_invariant_texts[HT_NINVARIANTS] = {
    [HT_INV_CONSERVATION] = "free frames + sum(tot_pages) + used_frames + frames Xen holds for itself == total frames",
    [HT_INV_TOT_PAGES] = "tot_pages(d) == the number of frames owned by d",
    [HT_INV_P2M_M2P] = "a private RAM gfn maps a frame owned by its domain whose M2P names it, and no frame is mapped by two private gfns",
    [HT_INV_MEMORY_SAFETY] = "no out-of-bounds access (the engine's shadow bounds check caught one a real hypervisor would make)",
    [HT_INV_LIVENESS] = "no hypercall spins forever",
    [HT_INV_SHR_SUM] = "sum of shr_pages over all domains, plus the dead-tuple ledger (the tuples of destroyed domains that xen-4.2 and xen-4.17 leave), == freed_pages + used_frames",
    [HT_INV_SHARED_FRAME] = "a shared frame is owned by dom_cow, has at least one tuple, and every tuple maps it as ram_shared, but the stale tuples of a domain's ledger (xen-4.2's and xen-4.17's remove_from_physmap) and the tuples of destroyed domains in the dead-tuple ledger, exactly as many as each records",
    [HT_INV_SHARED_TUPLE] = "every ram_shared gfn is a tuple of the shared frame it maps",
    [HT_INV_SHR_PAGES] = "shr_pages(d) == the number of ram_shared gfns of d, plus its ledger's stale tuples (xen-4.2, xen-4.17)",
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
    [HT_INV_EVTCHN_DYING_CLOSED] = "a dying domain holds no port in use: domain_kill's evtchn_destroy closed them all, and get_free_port refuses a dying domain (the barrier f8a7ef4fec added)",
    [HT_INV_EVTCHN_LOWEST_FREE] = "an EVTCHNOP that allocates returns the lowest free port of the domain (a new bucket's first port when the allocated ones are full)",
    [HT_INV_EVTCHN_FRESH_NOT_PENDING] = "a port that alloc_unbound, bind_virq, bind_ipi or bind_pirq hands out has no event pending: closing a port clears its pending bit (120785c177), so a new binding never inherits its predecessor's event (bind_interdomain sets its new port pending on purpose, for notifications the unbound remote port may have lost)",
    [HT_INV_GNT_BOUNDS] = "grant-table frames never exceed the maximum: nr_grant_frames <= max_grant_frames <= 64 and the entries in use fit the table; every frame handed out is one Xen holds, below nr_grant_frames, and status frames exist only under v2, below ceil(nr_grant_frames / 8)",
    [HT_INV_SHUTDOWN_REASON] = "a recorded shutdown reason changes only by domain_resume: shutdown, shutdown_code, remote_shutdown, a watchdog and a crash keep the first; a shut-down domain has one",
    [HT_INV_RES_MAPPED] = "mapped resource frames are referenced exactly as long as they are mapped: a frame a live resource mapping names is a live frame Xen holds or held (not free), its reference count is the number of live mappings naming it, and an ioreq or trace page nothing maps holds no reference",
    [HT_INV_RES_SIZE] = "a successful size query names a known resource type and answers that resource's frames (grant table: max_grant_frames or ceil(max/8); ioreq server: 1 + ceil(vcpus*32/4096); vmtrace: the buffer's frames)",
    [HT_INV_IOREQ_PAGES] = "an ioreq server belongs to a live HVM domain and its emulator exists; its pages, once allocated, are frames Xen holds, the buffered-ioreq page exactly when the server takes buffered requests",
    [HT_INV_IOREQ_EMULATOR_ONLY] = "only the domain that created an ioreq server (its emulator) destroys it: a successful ioreq_server_destroy was made by the server's emulator (8df3821c08)",
    [HT_INV_HOST_LOCKS] = "no call leaves a domain's RCU reference held once it returns",
    [HT_INV_TMEM_SLOTS] = "every slot of a client names a live pool; a private pool is named by its owner's slot local_id and nothing else; a shared pool holds one global slot, its uuid is unique there, and its share list is the slots that name it; every live pool belongs to a live client, which names it or leaked it",
    [HT_INV_TMEM_PAGES] = "a pool's page count is the pages reachable through its objects, and no object is empty; every ephemeral page is on the global LRU and on its pool owner's, whose counts are the lists' lengths; every persistent page is on its pool's list",
    [HT_INV_TMEM_FRAMES] = "each tmem page holds a frame of its own: Xen's (allocated, owned by no domain) for an ephemeral page, its pool owner's (allocated, counted in tot_pages, mapped at no gfn) for a persistent one; the free frames tmem keeps are Xen's and hold no page; freeable_page_count is the ephemeral pages' frames",
    [HT_INV_TMEM_DATA] = "the frame of every tmem page holds the data tmem stored in it, so gets return neither stale nor foreign data",
    [HT_INV_EXCH] = "an exchange conserves the domain's pages (tot_pages + shr_pages: an input's unshare moves a page from one to the other) and frees exactly what it maps anew; it succeeds only having exchanged every input extent, and a failure reports either the nr_exchanged it was given or fewer than nr_in",
    [HT_INV_PIN] = "pinned gfns keep their mfn: each pin's gfn still maps the machine frame it was pinned with, a private RAM frame of its domain that carries the pin's reference, and the p2m's pin marks and the pins agree",
    [HT_INV_VCPU_STATE] = "a vcpu that is up is initialised; an HVM domain's vcpus are all initialised, and up but in xen-4.17 (4.2 gives its guests no sub-op that changes either; 4.17's VCPUOP_down does, and its VCPUOP_initialise of an HVM vcpu is not modelled); a registered vcpu_info names a frame of the vcpu's own domain that holds a reference and a writable type",
    [HT_INV_VCPU_TIMERS] = "a vcpu's periodic timer period is 0 or between 1 ms and STIME_DELTA_MAX (2^62-1)",
    [HT_INV_XENVER_STRINGS] = "a string xen_version returns is NUL-terminated within its buffer and every byte after the NUL is zero",
    [HT_INV_MULTICALL_ENTRIES] = "a multicall writes only the result fields of its entries, and leaves every entry after one that ends the batch (iret) as it was",
    [HT_INV_MULTICALL_NESTING] = "no multicall runs inside another on the same vcpu: a nested one only returns -EINVAL into its entry",
};

const char *const ht_bug_names[HT_NBUGS] = {
    [HT_BUG_NR_SAVED_UNDERFLOW] = "nr_saved_underflow",
    [HT_BUG_ADD_PHYSMAP_ACCOUNTING] = "add_physmap_failure_accounting",
    [HT_BUG_GREF_UNCHECKED] = "gref_unchecked",
    [HT_BUG_SHARE_SKIPS_HANDLE_CHECK] = "share_skips_handle_check",
    [HT_BUG_RELINQUISH_SKIPS_SHARED] = "relinquish_skips_shared",
    [HT_BUG_ADD_PHYSMAP_HOLE_CHECK] = "add_physmap_hole_check",
    [HT_BUG_RESUME_NO_RING] = "resume_no_ring",
    [HT_BUG_ADD_PHYSMAP_LEAKS_PAGING_IN] = "add_physmap_leaks_paging_in",
    [HT_BUG_RELINQUISH_SKIPS_LAST_GFN] = "relinquish_skips_last_gfn",
    [HT_BUG_PAGED_DROP_DRIFT] = "paged_drop_drift",
    [HT_BUG_PHYSMAP_ADD_PAGING_IN_OOB] = "physmap_add_paging_in_oob",
    [HT_BUG_PAGING_RESUME_UNPREPARED] = "paging_resume_unprepared",
    [HT_BUG_SET_ACCESS_UNCHECKED] = "set_mem_access_unchecked",
    [HT_BUG_GET_DEFAULT_ACCESS_OOB] = "get_default_access_oob",
    [HT_BUG_REMOVE_PHYSMAP_SHARED] = "remove_from_physmap_shared",
    [HT_BUG_RESPONSE_VCPU_UNCHECKED] = "response_vcpu_unchecked",
    [HT_BUG_EVTCHN_BUCKET_DANGLING] = "evtchn_bucket_dangling",
    [HT_BUG_GET_FREE_PORT_IGNORES_ERROR] = "get_free_port_ignores_error",
    [HT_BUG_POLL_UNALLOCATED_BUCKET] = "poll_unallocated_bucket",
    [HT_BUG_EVTCHN_CLOSE_ALL_UNPREEMPTIBLE] = "evtchn_close_all_unpreemptible",
    [HT_BUG_CLOSE_LEAVES_PEER_BOUND] = "close_leaves_peer_bound",
    [HT_BUG_CLOSE_FREES_PORT_ZERO] = "close_frees_port_zero",
    [HT_BUG_ALLOC_NEXT_FIT] = "alloc_next_fit",
    [HT_BUG_EVTCHN_RESET_LEAVES_PEER] = "evtchn_reset_leaves_peer",
    [HT_BUG_PIRQ_CLOSE_SKIPS_UNLINK] = "pirq_close_skips_unlink",
    [HT_BUG_GLOBAL_VIRQ_CLOSE_WRONG_VCPU] = "global_virq_close_wrong_vcpu",
    [HT_BUG_EVTCHN_FREE_KEEPS_VCPU] = "evtchn_free_keeps_vcpu",
    [HT_BUG_EVTCHN_PORT_VALID_SHRINKS] = "evtchn_port_valid_shrinks",
    [HT_BUG_EVTCHN_ALLOC_IN_DYING_DOMAIN] = "evtchn_alloc_in_dying_domain",
    [HT_BUG_EVTCHN_CLOSE_KEEPS_PENDING] = "evtchn_close_keeps_pending",
    [HT_BUG_GNT_STATUS_FREED_WHILE_MAPPED] = "gnttab_status_freed_while_mapped",
    [HT_BUG_GNTTAB_GROWN_STATUS_UNCHECKED] = "gnttab_grown_status_unchecked",
    [HT_BUG_GNTTAB_STATUS_LEFT_LISTED] = "gnttab_status_left_listed",
    [HT_BUG_GNTTAB_GROW_FAILURE_FREES_LISTED] = "gnttab_grow_failure_frees_listed",
    [HT_BUG_CRASH_OVERWRITES_SHUTDOWN_CODE] = "crash_overwrites_shutdown_code",
    [HT_BUG_ACQUIRE_UNKNOWN_TYPE_SIZE] = "acquire_unknown_type_size",
    [HT_BUG_ACQUIRE_EACCES_NO_UNLOCK] = "acquire_eacces_no_unlock",
    [HT_BUG_IOREQ_PAGES_FREED_WHILE_MAPPED] = "ioreq_pages_freed_while_mapped",
    [HT_BUG_IOREQ_EMULATOR_UNREFERENCED] = "ioreq_emulator_unreferenced",
    [HT_BUG_IOREQ_CREATE_FULL_WRITES_PAST] = "ioreq_create_full_writes_past",
    [HT_BUG_IOREQ_DESTROY_BY_OTHER_EMULATOR] = "ioreq_destroy_by_other_emulator",
    [HT_BUG_TMEM_DESTROY_POOL_UNCHECKED] = "tmem_destroy_pool_unchecked",
    [HT_BUG_TMEM_POOL_ID_SIGNED] = "tmem_pool_id_signed",
    [HT_BUG_TMEM_SAVE_NULL_CLIENT] = "tmem_save_null_client",
    [HT_BUG_TMEM_CMFN_UNCHECKED] = "tmem_cmfn_unchecked",
    [HT_BUG_TMEM_COPY_OVERFLOW] = "tmem_copy_overflow",
    [HT_BUG_TMEM_GET_BAD_COPY_LOCK] = "tmem_get_bad_copy_lock",
    [HT_BUG_TMEM_GET_BAD_COPY_ORPHAN] = "tmem_get_bad_copy_orphan",
    [HT_BUG_TMEM_LIST_OVERFLOW] = "tmem_list_overflow",
    [HT_BUG_TMEM_DESTROY_MIGRATING_LEAK] = "tmem_destroy_migrating_leak",
    [HT_BUG_TMEM_REASSIGN_SPLICES_ALL] = "tmem_reassign_splices_all",
    [HT_BUG_TMEM_QUIT_DROPS_EVERY_SLOT] = "tmem_quit_drops_every_slot",
    [HT_BUG_TMEM_RELINQUISH_DEADLOCK] = "tmem_relinquish_deadlock",
    [HT_BUG_TMEM_SAVE_CURSOR_DANGLING] = "tmem_save_cursor_dangling",
    [HT_BUG_EXCHANGE_MISSING_DOMAIN_OK] = "exchange_missing_domain_ok",
    [HT_BUG_EXCHANGE_UNCHECKED_LISTS] = "exchange_unchecked_lists",
    [HT_BUG_EXCHANGE_RESUME_INDEX_UNCHECKED] = "exchange_resume_index_unchecked",
    [HT_BUG_EXCHANGE_FAIL_FREES_STOLEN] = "exchange_fail_frees_stolen",
    [HT_BUG_PERIODIC_TIMER_OVERFLOW] = "periodic_timer_overflow",
    [HT_BUG_VCPU_UP_UNINITIALISED] = "vcpu_up_uninitialised",
    [HT_BUG_XEN_VERSION_STACK_LEAK] = "xen_version_stack_leak",
    [HT_BUG_MULTICALL_PREEMPT_FIRST] = "multicall_preempt_first",
    [HT_BUG_MULTICALL_IRET_CONTINUES] = "multicall_iret_continues",
    [HT_BUG_MULTICALL_REENTRY] = "multicall_reentry",
};

const char *const ht_bug_sources[HT_NBUGS] = {
    [HT_BUG_NR_SAVED_UNDERFLOW] = "77ece196fa (2012)",
    [HT_BUG_ADD_PHYSMAP_ACCOUNTING] = "present from 4.2 to 4.22 (mem_sharing_add_to_physmap, RELEASE-4.2.0 L1096-1101, L1119)",
    [HT_BUG_GREF_UNCHECKED] = "fixed in 4.8 by 986f790e01 (Huawei PSIRT)",
    [HT_BUG_SHARE_SKIPS_HANDLE_CHECK] = "models a share_pages without the handle checks of section 2.6 d",
    [HT_BUG_RELINQUISH_SKIPS_SHARED] = "teardown of XSA-11 (afa8c5bb3d) and 458519b782",
    [HT_BUG_ADD_PHYSMAP_HOLE_CHECK] = "8d204daa8f (2012)",
    [HT_BUG_RESUME_NO_RING] = "4.2 to 4.5 (found by reading the code)",
    [HT_BUG_ADD_PHYSMAP_LEAKS_PAGING_IN] = "2a62721ee2 (2012, 'x86/mem_sharing: Allow paging-in pages to be replaced by shared ones': before it, add_to_physmap over a paging-in gfn left its frame allocated)",
    [HT_BUG_RELINQUISH_SKIPS_LAST_GFN] = "modelled on 088ee1d47b (2014, 'x86/mm: fix checks against max_mapped_pfn': an off-by-one in memory sharing; RELEASE-4.2.0's relinquish_shared_pages walks 'gfn < p2m->max_mapped_pfn', an inclusive value)",
    [HT_BUG_PAGED_DROP_DRIFT] = "the code 58fdfc4602 (2012) left in 4.2.0 (p2m.c L999-1008)",
    [HT_BUG_PHYSMAP_ADD_PAGING_IN_OOB] = "Xen 4.2.0 guest_physmap_add_entry (arch/x86/mm/p2m.c L604-608; the ASSERT(mfn_valid) there catches it only in debug builds)",
    [HT_BUG_PAGING_RESUME_UNPREPARED] = "modelled on 6b54b24f37 (2011, 'xenpaging: check p2mt in p2m_mem_paging functions'; 4.2 p2m_mem_paging_resume keeps its 'mfn_valid(mfn) && p2mt == p2m_ram_paging_in' test)",
    [HT_BUG_SET_ACCESS_UNCHECKED] = "XSA-28 / CVE-2012-5512 (Xen 4.1; 4.2.0 is not affected)",
    [HT_BUG_GET_DEFAULT_ACCESS_OOB] = "Xen 4.2.0 p2m_get_mem_access (arch/x86/mm/p2m.c L1412-1416; the later code range-checks the default as it does a gfn's access, L1423-1427)",
    [HT_BUG_REMOVE_PHYSMAP_SHARED] = "4.2 to 4.17 at least",
    [HT_BUG_RESPONSE_VCPU_UNCHECKED] = "ee75480b3c (2014)",
    [HT_BUG_EVTCHN_BUCKET_DANGLING] = "XSA-47 / CVE-2013-1920, 99b9ab0b3e (stable-4.2 2bebeac001, fixed in 4.2.2)",
    [HT_BUG_GET_FREE_PORT_IGNORES_ERROR] = "2e9c2bc292 (2020; Xen 4.11 to 4.13, from 368ae9a05f)",
    [HT_BUG_POLL_UNALLOCATED_BUCKET] = "XSA-221, e7719a0dfa (2017; Xen 4.4 to 4.8, from fbbd5009e6; 4.2 is not affected)",
    [HT_BUG_EVTCHN_CLOSE_ALL_UNPREEMPTIBLE] = "XSA-344, 2785b2a9e0 (reset) and 8fe7b5f996 (destroy), 2020; 4.2 has both loops",
    [HT_BUG_CLOSE_LEAVES_PEER_BOUND] = "synthetic: xen-semantics section 10's emulator scenario (no Xen release)",
    [HT_BUG_CLOSE_FREES_PORT_ZERO] = "synthetic: xen-semantics section 10's emulator scenario (no Xen release)",
    [HT_BUG_ALLOC_NEXT_FIT] = "synthetic: xen-semantics section 10's emulator scenario (no Xen release)",
    [HT_BUG_EVTCHN_RESET_LEAVES_PEER] = "modelled on XSA-343 (83b7f04a4b, 7f0793a428: evtchn_reset() racing the channels it closes; 4.2 evtchn_reset and __evtchn_close, 4.17 evtchn_reset)",
    [HT_BUG_PIRQ_CLOSE_SKIPS_UNLINK] = "modelled on e301a706eb (2020, 'evtchn: don't bypass unlinking pIRQ when closing port', from c24536b636; 4.17 evtchn_close, 4.2 __evtchn_close ECS_PIRQ)",
    [HT_BUG_GLOBAL_VIRQ_CLOSE_WRONG_VCPU] = "modelled on 7cf8a2d0ec (2021, 'evtchn: closing of vIRQ-s doesn't require looping over all vCPU-s': global vIRQs are tracked on vcpu 0; 4.17 evtchn_close ECS_VIRQ) without its virq_is_global test",
    [HT_BUG_EVTCHN_FREE_KEEPS_VCPU] = "modelled on the event channels before c1a9064dc7 (2005, 'Clean up Xen's event-channel interface, and semantics for binding to VCPUs': 'Reset binding to vcpu0 when the channel is freed'; 4.2 __evtchn_close, 4.17 evtchn_free)",
    [HT_BUG_EVTCHN_PORT_VALID_SHRINKS] = "XSA-338, e59ce972d1 (2020, 'evtchn: relax port_is_valid()'; 4.17 evtchn_close's BUG_ON(!port_is_valid(d2, port2)))",
    [HT_BUG_EVTCHN_ALLOC_IN_DYING_DOMAIN] = "modelled on f8a7ef4fec (2007, 'xen: Fix event-channel destruction': get_free_port's 'if ( d->is_dying ) return -EINVAL;', so that no port is allocated once evtchn_destroy has closed a dying domain's ports; RELEASE-4.2.0 and 4.17 have it)",
    [HT_BUG_EVTCHN_CLOSE_KEEPS_PENDING] = "120785c177 (2008, 'evtchn: Avoid spurious event-channel notifications across unbind/bind': __evtchn_close did not clear the closed port's pending bit; RELEASE-4.2.0 __evtchn_close and 4.17 evtchn_free clear it)",
    [HT_BUG_GNT_STATUS_FREED_WHILE_MAPPED] = "XSA-255: fixed by 38bfcc165d (4.11)",
    [HT_BUG_GNTTAB_GROWN_STATUS_UNCHECKED] = "modelled on XSA-255 (4972c38f79, 'gnttab: don't blindly free status pages upon version change'; 4.17's gnttab_unpopulate_status_frames checks every status frame)",
    [HT_BUG_GNTTAB_STATUS_LEFT_LISTED] = "XSA-26 (CVE-2012-5510): fixed by 23d9492080, in 4.2.1 by 7e23d7b368 ('gnttab: fix releasing of memory upon switches between versions')",
    [HT_BUG_GNTTAB_GROW_FAILURE_FREES_LISTED] = "XSA-26 (CVE-2012-5510): fixed by 23d9492080, in 4.2.1 by 7e23d7b368 (gnttab_grow_table's failure path freed frames already shared with the guest)",
    [HT_BUG_CRASH_OVERWRITES_SHUTDOWN_CODE] = "synthetic: this engine's own domain_crash before it followed domain_shutdown (no Xen since 6e880a2217, 2010, overwrites the reason)",
    [HT_BUG_ACQUIRE_UNKNOWN_TYPE_SIZE] = "9b87082900 fixes 9244528955 (4.15.0 to 4.19.1, every 4.17.x)",
    [HT_BUG_ACQUIRE_EACCES_NO_UNLOCK] = "XSA-334: fixed by 42317dede5 (4.12.0 to 4.14.0)",
    [HT_BUG_IOREQ_PAGES_FREED_WHILE_MAPPED] = "modelled on XSA-276, f6b6ae7867 (2018, 'x86/hvm/ioreq: fix page referencing': hvm_alloc_ioreq_mfn took a type reference but no page reference; 4.17 ioreq_server_alloc_mfn takes get_page_and_type)",
    [HT_BUG_IOREQ_EMULATOR_UNREFERENCED] = "modelled on ccb42e0ca6 (2018, 'x86/hvm: take a reference on ioreq server emulating domain'; 4.17 ioreq_server_create's get_knownalive_domain)",
    [HT_BUG_IOREQ_CREATE_FULL_WRITES_PAST] = "modelled on 90eff18cc5 (2018, 'x86/hvm/ioreq: fix two bugs in hvm_create_ioreq_server', Coverity 1433777: after 97a5a3e301 made the servers an array, the create's fail path cleared server[i] with i = MAX_NR_IOREQ_SERVERS when the table was full; 4.17 ioreq_server_create clears the slot only after ioreq_server_init fails)",
    [HT_BUG_IOREQ_DESTROY_BY_OTHER_EMULATOR] = "modelled on 8df3821c08 (2018, 'x86/hvm: add stricter permissions checks to ioreq server control plane': before it, two domains with DM_PRIV over one target could manipulate each other's ioreq servers; 4.17 ioreq_server_destroy refuses with EPERM unless s->emulator == current->domain)",
    [HT_BUG_TMEM_DESTROY_POOL_UNCHECKED] = "XSA-15 / CVE-2012-6035, fixed in 4.2.1 by 7d8457781f",
    [HT_BUG_TMEM_POOL_ID_SIGNED] = "XSA-15 / CVE-2012-6036, fixed in 4.2.1 by 2bdde48224",
    [HT_BUG_TMEM_SAVE_NULL_CLIENT] = "XSA-15 / CVE-2012-3497, fixed in 4.2.1 by c15cdd31b5",
    [HT_BUG_TMEM_CMFN_UNCHECKED] = "XSA-15, fixed in 4.2.1 by 6cbcc87364 (cli_get_page's missing return NULL)",
    [HT_BUG_TMEM_COPY_OVERFLOW] = "fixed in 4.2.1 by b9eeb603e4 (reported by Tim Deegan)",
    [HT_BUG_TMEM_GET_BAD_COPY_LOCK] = "CVE-2012-6031, fixed in 4.2.1 by 75b433a6e9",
    [HT_BUG_TMEM_GET_BAD_COPY_ORPHAN] = "4.2 to 4.12 (found by reading do_tmem_get, which unlinks before it copies)",
    [HT_BUG_TMEM_LIST_OVERFLOW] = "4.2 to 4.12 (found by reading tmemc_list_client)",
    [HT_BUG_TMEM_DESTROY_MIGRATING_LEAK] = "4.2 to 4.12 (found by reading pool_flush and client_flush)",
    [HT_BUG_TMEM_REASSIGN_SPLICES_ALL] = "4.2 to 4.12 (found by reading shared_pool_reassign)",
    [HT_BUG_TMEM_QUIT_DROPS_EVERY_SLOT] = "modelled on 7ec4b2f89e (2015, 'tmem: Don't crash/hang/leak hypervisor when using shared pools within an guest', its second issue: a domain with two slots of one shared pool left its share list and count when it destroyed one of them)",
    [HT_BUG_TMEM_RELINQUISH_DEADLOCK] = "4.2 (found by reading tmem_relinquish_pages)",
    [HT_BUG_TMEM_SAVE_CURSOR_DANGLING] = "4.2 to 4.12 (found by reading RELEASE-4.2.0 pgp_delist, which keeps the page pool->cur_pgp names on the persistent list only while its owner live-migrates, and tmemc_save_get_next_page, which steps from cur_pgp; tmem left with c492e19fdd in 4.13)",
    [HT_BUG_EXCHANGE_MISSING_DOMAIN_OK] = "4.2.0; fixed by 79e6ef8c0c (4.3)",
    [HT_BUG_EXCHANGE_UNCHECKED_LISTS] = "XSA-29 (CVE-2012-5513): fixed by d28573565f (4.2.1)",
    [HT_BUG_EXCHANGE_RESUME_INDEX_UNCHECKED] = "XSA-212 (CVE-2017-7228): fixed by 938fd2586e (4.9; 4.3 to 4.8)",
    [HT_BUG_EXCHANGE_FAIL_FREES_STOLEN] = "modelled on XSA-159 (CVE-2015-8339, eedecb3cf0; 2633d57c3a in 4.6.1: memory_exchange's fail path, whose reassignment of the stolen input pages could fail and free them)",
    [HT_BUG_PERIODIC_TIMER_OVERFLOW] = "XSA-20 / CVE-2012-4535, dfa0cb6a14 (first in 4.2.1)",
    [HT_BUG_VCPU_UP_UNINITIALISED] = "949ebc61f8 (2005): VCPUOP_up did not check that the vcpu was initialised",
    [HT_BUG_XEN_VERSION_STACK_LEAK] = "XSA-122 / CVE-2015-2045, fe2e079f64 (never fixed on the 4.2 branch's releases)",
    [HT_BUG_MULTICALL_PREEMPT_FIRST] = "8c0eed2cc8 (stable-4.2 584eb273db, first in 4.2.5)",
    [HT_BUG_MULTICALL_IRET_CONTINUES] = "XSA-213, 22c096c99d (2017; 4.2 has no mc_exit)",
    [HT_BUG_MULTICALL_REENTRY] = "the stack-exhaustion hazard _MCSF_in_multicall guards against (a8bcd6b668, 2004; the assembly multicall before it: 'a malicious caller could cause our stack to blow up')",
};

const char *const ht_bug_texts[HT_NBUGS] = {
    [HT_BUG_NR_SAVED_UNDERFLOW] = "a failed unshare (ENOMEM) does not undo its provisional freed_pages decrement, so a retry decrements again",
    [HT_BUG_ADD_PHYSMAP_ACCOUNTING] = "add_to_physmap counts a freed page even when setting the client's p2m entry fails (doc); in xen-4.2, where that count is the profile's behaviour, the drift goes unrecorded in the host's drift ledger",
    [HT_BUG_GREF_UNCHECKED] = "nominate_gref, share_grefs and debug_gref do not range-check the grant reference and read past the grant table",
    [HT_BUG_SHARE_SKIPS_HANDLE_CHECK] = "share does not compare the handles it is given with the frames' handles",
    [HT_BUG_RELINQUISH_SKIPS_SHARED] = "domain destruction skips the domain's shared pages, leaving tuples of a dead domain in the rmaps",
    [HT_BUG_ADD_PHYSMAP_HOLE_CHECK] = "add_to_physmap accepts a client gfn that is not a hole and overwrites it, leaking its frame",
    [HT_BUG_RESUME_NO_RING] = "memshr_domain_resume without a sharing ring spins on the ring's never-initialised lock",
    [HT_BUG_ADD_PHYSMAP_LEAKS_PAGING_IN] = "add_to_physmap plugging a gfn whose page-in started before its eviction (ram_paging_in with its frame still there) maps the shared frame without releasing that frame: it stays the client's, counted, its M2P naming a gfn that no longer maps it.  The fuzz machine boots with a gfn nominated for paging (domain 2's 0x11), so a guest read of it and one add_to_physmap of the boot's shared page reach it: random inputs find it in every trial (1.5 s, 2.4 s), and it is in the shallow tier",
    [HT_BUG_RELINQUISH_SKIPS_LAST_GFN] = "domain destruction unshares the domain's shared gfns below its p2m's high-water mark only: a page shared at the highest gfn the domain ever mapped keeps its tuple of the dead domain in the frame's rmap.  Planted for the deep tier (the gfn must equal another call's output, maximum_gpfn, or the domain's last page), it is shallow: random inputs found it in both of two 300 s trials (58.5 s, 145.1 s, each ending in destroydomain): a shared page reaches the high-water mark in other ways than by a gfn value (an add_to_physmap of the boot's shared page into a hole above a domain's pages makes that hole the mark).  In xen-4.2 it is the profile's own walk, whose tuple the dead-tuple ledger records: not applicable there",
    [HT_BUG_PAGED_DROP_DRIFT] = "dropping a paged gfn when the paging ring has no free slot skips the paged_pages decrement (doc); in xen-4.2, where that skip is the profile's behaviour, the drift goes unrecorded in the domain's drift ledger",
    [HT_BUG_PHYSMAP_ADD_PAGING_IN_OOB] = "populate_physmap onto a paging_in gfn without a frame takes guest_physmap_add_entry's RAM branch and invalidates the M2P of its clipped mfn 0xFFFFFFFFFF, a write far past machine_to_phys_mapping (p2m.c, RELEASE-4.2.0, L604-608; asm-x86/mm.h _set_gpfn_from_mfn L518-524); the engine reports the write instead of making it",
    [HT_BUG_PAGING_RESUME_UNPREPARED] = "p2m_mem_paging_resume makes the gfn of every paging response ram_rw without checking that it was prepared: a response for a gfn whose page-in started (a guest touched it) but was never prepped leaves a RAM entry without a frame.  Deep: a guest touches a paged-out gfn, the pager answers that gfn's request without prep or load, then kicks the ring",
    [HT_BUG_SET_ACCESS_UNCHECKED] = "HVMOP_set_mem_access does not range-check the access value and indexes its table out of bounds (4.1's do_hvm_op, RELEASE-4.1.0 hvm.c L3550-3561; 4.2.0 checks first, p2m_set_mem_access, p2m.c L1364-1365)",
    [HT_BUG_GET_DEFAULT_ACCESS_OOB] = "HVMOP_get_mem_access of the default (pfn ~0) indexes 4.2's 9-entry translation table with default_access unchecked, so a default of n2rwx (9) reads one past its end and answers 0 with whatever lies there (p2m_get_mem_access, arch/x86/mm/p2m.c, RELEASE-4.2.0, L1400-1416)",
    [HT_BUG_REMOVE_PHYSMAP_SHARED] = "remove_from_physmap on a shared gfn clears the p2m entry but leaves its rmap tuple and shr_pages (the frame leaks).  That is what 4.2 and 4.17 do (p2m_remove_page), and xen-4.2's and xen-4.17's behaviour, with the tuple in the domain's stale-tuple ledger; the bug is the stale tuple unrecorded (in xen-4.2 and xen-4.17) or at all (doc, which drops the tuple)",
    [HT_BUG_RESPONSE_VCPU_UNCHECKED] = "a ring response's vcpu_id is not validated before the vcpu is unpaused",
    [HT_BUG_EVTCHN_BUCKET_DANGLING] = "get_free_port publishes a new bucket before its ports' security labels are allocated; when that fails the bucket is freed but stays published (use after free, corrupting whoever gets the memory next)",
    [HT_BUG_GET_FREE_PORT_IGNORES_ERROR] = "get_free_port returns the port of a bucket it failed to allocate, and the caller writes the port's state through the missing bucket",
    [HT_BUG_POLL_UNALLOCATED_BUCKET] = "SCHEDOP_poll reads a port's channel without checking that its bucket exists (a NULL dereference for a port in a bucket never allocated)",
    [HT_BUG_EVTCHN_CLOSE_ALL_UNPREEMPTIBLE] = "EVTCHNOP_reset and domain destruction close every port in one pass without a preemption check: the engine counts more than 64 ports closed in one pass as a hypercall that runs unpreemptibly for too long",
    [HT_BUG_CLOSE_LEAVES_PEER_BOUND] = "closing an interdomain port frees it but leaves its peer interdomain, pointing at the freed port",
    [HT_BUG_CLOSE_FREES_PORT_ZERO] = "EVTCHNOP_close accepts the reserved port 0 and frees it, so the next allocation hands out port 0",
    [HT_BUG_ALLOC_NEXT_FIT] = "get_free_port searches from the port after the last one it handed out instead of from 0, so a closed port below it is not reused first",
    [HT_BUG_EVTCHN_RESET_LEAVES_PEER] = "EVTCHNOP_reset (and domain destruction) closes an interdomain port whose notifications were moved to another vcpu (EVTCHNOP_bind_vcpu) without unbinding its peer: the peer stays interdomain, pointing at the freed port.  A port made by one domain for another, bound by that other domain with the made port, moved to vcpu 1, then a reset",
    [HT_BUG_PIRQ_CLOSE_SKIPS_UNLINK] = "EVTCHNOP_reset (and domain destruction) closing a pirq port that EVTCHNOP_bind_vcpu moved off vcpu 0 bypasses its unlink: the freed port stays on that vcpu's pirq list (list corruption).  Three calls (an HVM guest binds a pirq, moves the port it was given to vcpu 1, then its event channels are reset): the random arm found it in 18 s and 56 s, so it is in the shallow tier",
    [HT_BUG_GLOBAL_VIRQ_CLOSE_WRONG_VCPU] = "closing a virq port clears the virq table of the vcpu the port notifies, even for a global virq, whose entry is vcpu 0's: a global virq port moved to vcpu 1 by EVTCHNOP_bind_vcpu is freed but stays in vcpu 0's table.  Three calls of one guest (it binds a global virq, moves the port it was given to vcpu 1, then closes it), but random inputs find them in half their trials or more (2/2 and 1/1 before, 1/2 re-measured, 14 s), so it is in the shallow tier",
    [HT_BUG_EVTCHN_FREE_KEEPS_VCPU] = "a freed port keeps the vcpu EVTCHNOP_bind_vcpu moved it to; evtchn_bind_pirq, which links a new pirq port on vcpu 0's list without setting its vcpu, then leaves a port on vcpu 0's pirq list that notifies vcpu 1 (list corruption once it is moved or closed).  Four calls of one guest (it makes a port, moves it to vcpu 1, closes it, then binds a pirq, which reuses the port), each taking the port the one before made: the random arm found it in both 120 s trials (7 s and 25 s), so it is in the shallow tier",
    [HT_BUG_EVTCHN_PORT_VALID_SHRINKS] = "port_is_valid tests the domain's current port limit, which domain_set_max_evtchn can lower below ports already bound: closing an interdomain port whose peer port is now above its domain's limit trips evtchn_close's BUG_ON on a sound pairing (a host crash; the engine reports the pairing Xen's check denies).  Four calls: a port made by one domain for another, bound by that other domain with the made port, the binder's limit lowered below its port by the toolstack, then the maker closes its end.  The random arm found it in both 120 s trials (79 s and 86 s), so it is in the shallow tier",
    [HT_BUG_EVTCHN_ALLOC_IN_DYING_DOMAIN] = "get_free_port hands out ports of a dying domain whose event channels domain_kill already closed: a port the toolstack allocates there is never closed, and a domain that binds it is left bound to a domain on its way out (and, once it is freed, to freed memory).  Planted for the deep tier, it is shallow: the fuzz machine's boot keeps domain 3 dying once destroyed (the toolstack maps its grant status frame), so a destroy and an allocation in it are enough for evtchn.8, and random inputs found it in 2.4 s (6,428 inputs)",
    [HT_BUG_EVTCHN_CLOSE_KEEPS_PENDING] = "closing a port leaves its pending bit set, so the next binding the port is handed out to starts with its predecessor's event pending: a spurious notification of the new binding.  The port must have an event pending when it is closed (another domain's notify on the peer of an interdomain port, or the guest's own send), then be closed and handed out again by an allocation of the same domain (the lowest free port).  Planted for the deep tier, it is shallow: the fuzz machine's boot pair (domain 4's port 1 bound to domain 3's) puts the pending event one notify away and port 1 is a value the decoder makes often, so random inputs found it in both trials (0.73 s and 1.49 s: bench_fuzz.py --arms random --bugs evtchn_close_keeps_pending --trials 2 --budget 300)",
    [HT_BUG_GNT_STATUS_FREED_WHILE_MAPPED] = "leaving grant-table v2 frees the status frames even while a mapping still holds them (4.2's gnttab_unpopulate_status_frames): the mapping then names a free frame",
    [HT_BUG_GNTTAB_GROWN_STATUS_UNCHECKED] = "leaving grant-table v2 checks only the status frames of the table's initial size for mappings: a status frame that a growth added, mapped through acquire_resource, is freed while the mapping holds it.  The toolstack maps a v2 guest's status frame past the first (which grows its table eightfold), then that guest itself switches back to v1.  The fuzz machine's domain 3 boots with v2; random inputs found it in one of five trials (one of two in 120 s; none of three in 300 s: bench_fuzz.py --arms random --budget 300 --trials 3), so it is in the deep tier",
    [HT_BUG_GNTTAB_STATUS_LEFT_LISTED] = "leaving grant-table v2 frees the status frames without taking them off the domain's list (xenpage_list): the table still names, as its status frame, a frame the heap hands out again.  The toolstack maps a v2 guest's status frame (which backs it), unmaps it with the mapping it was given, then that guest itself switches back to v1",
    [HT_BUG_GNTTAB_GROW_FAILURE_FREES_LISTED] = "a growth of the grant table that runs out of host frames part-way frees the frames it had already allocated, while the table still lists them: the heap hands out frames the domain's table names.  Deep: the host is first brought to its last free frames (a balloon-up of the right size), then the toolstack acquires a run of grant-table frames, never backed before, longer than what is left",
    [HT_BUG_CRASH_OVERWRITES_SHUTDOWN_CODE] = "a crash records SHUTDOWN_crash over a reason the domain recorded before",
    [HT_BUG_ACQUIRE_UNKNOWN_TYPE_SIZE] = "resource_max_frames returns -EOPNOTSUPP through an unsigned int: a size query of an unknown type succeeds with 4294967201 frames, and a map gets EOPNOTSUPP",
    [HT_BUG_ACQUIRE_EACCES_NO_UNLOCK] = "a translated caller's EACCES comes after the resource was acquired (the table grown, the pages allocated) and skips rcu_unlock_domain: the domain is never freed",
    [HT_BUG_IOREQ_PAGES_FREED_WHILE_MAPPED] = "destroying an ioreq server frees its pages whatever references the emulator's acquire_resource mappings hold on them: a mapped ioreq page is freed (and handed out again) while the emulator still writes it.  Deep: a device model creates a server for its HVM target, maps one of the server's frames with the id it was given, then destroys the server",
    [HT_BUG_IOREQ_EMULATOR_UNREFERENCED] = "an ioreq server does not hold its emulating domain: a device model that created a server for its target can be destroyed and freed while the server still names it (the target's emulation then goes to a domain that no longer exists).  Deep: the device model itself (a guest, not domain 0) creates a server for its target, then the toolstack destroys the device model",
    [HT_BUG_IOREQ_CREATE_FULL_WRITES_PAST] = "a create on a domain whose eight ioreq servers all exist takes the fail path with its index past the table and writes the ninth slot of an eight-slot array before answering ENOSPC.  Deep: the counter must cross the table's size, eight successful creates for one HVM domain by its device model and a ninth",
    [HT_BUG_IOREQ_DESTROY_BY_OTHER_EMULATOR] = "ioreq_server_destroy does not check that the caller is the server's emulator: any domain with device-model privilege over the target destroys another device model's server (and its pages) under it.  Deep: two device models of one HVM domain, so the toolstack first makes a guest the target's device model (domain_set_target), one of the two creates a server and the other destroys it with the id the create returned.  Random inputs found it in none of two 300 s trials (bench_fuzz.py --arms random --bugs ioreq_destroy_by_other_emulator --trials 2 --budget 300)",
    [HT_BUG_TMEM_DESTROY_POOL_UNCHECKED] = "destroy_pool indexes the client's 16 slots with an unchecked pool id",
    [HT_BUG_TMEM_POOL_ID_SIGNED] = "save_get_next_page, restore_put_page and restore_flush_page take the pool id as a signed int, so an id of 2^31 or more indexes before the slots",
    [HT_BUG_TMEM_SAVE_NULL_CLIENT] = "save_get_client_weight, _cap, _flags and save_end dereference the client of a domain that has none",
    [HT_BUG_TMEM_CMFN_UNCHECKED] = "a put or get whose cmfn is not a ram_rw page of the caller goes on with that page",
    [HT_BUG_TMEM_COPY_OVERFLOW] = "read and write check offset + len in 32 bits, so a sum that wraps copies far outside the pages",
    [HT_BUG_TMEM_GET_BAD_COPY_LOCK] = "a get whose copy fails returns with the object's spinlock held: the next op on the object spins",
    [HT_BUG_TMEM_GET_BAD_COPY_ORPHAN] = "a get from a private ephemeral pool whose copy fails leaves the page unlinked but counted, on the LRU and holding its frame",
    [HT_BUG_TMEM_LIST_OVERFLOW] = "TMEMC_LIST writes each client's C= line whether or not it fits, then every later line (the room left wraps)",
    [HT_BUG_TMEM_DESTROY_MIGRATING_LEAK] = "a pool leaked while its owner live-migrated outlives the owner's tmem client when the domain is destroyed",
    [HT_BUG_TMEM_REASSIGN_SPLICES_ALL] = "when a shared pool's owner leaves it, the owner's whole ephemeral list moves to the new owner, but the counts move only the pool's pages",
    [HT_BUG_TMEM_QUIT_DROPS_EVERY_SLOT] = "a client that holds two slots of one shared pool and destroys one is taken off the pool's share list altogether: its other slot names a pool whose list does not have it, and the pool is freed under it once the other sharers leave.  A guest that shares a pool (the boot's uuid 7:0) joins it again with a shared pool of the same uuid and the spec version's flags, then destroys one of the two slots.  Shallow by measurement since the boot's keys start every input's pools: the random arm detects it in every trial (3/3, bench_fuzz --arms random --trials 3 --seed 9)",
    [HT_BUG_TMEM_RELINQUISH_DEADLOCK] = "tmem's own page allocation under memory scarcity read-locks tmem_rwlock, which the op holds for writing when it made the caller's client or is a restore put",
    [HT_BUG_TMEM_SAVE_CURSOR_DANGLING] = "flushing the persistent page the save stream's cursor (cur_pgp) points at frees it while the cursor still names it when the owner is not live-migrating, and the next TMEMC_SAVE_GET_NEXT_PAGE steps from freed memory.  Deep: a persistent pool of two pages or more (the guest puts a second one), the toolstack's save_get_next_page with a buffer of a page and a handle or more (the cursor lands on a page), the guest's flush of exactly that page (the oid and index the put used, which the save returned), then the toolstack's next save_get_next_page.  Random inputs found it in none of two 300 s trials (bench_fuzz.py --arms random --bugs tmem_save_cursor_dangling --trials 2 --budget 300)",
    [HT_BUG_EXCHANGE_MISSING_DOMAIN_OK] = "an exchange naming a domain that does not exist returns 0 doing nothing",
    [HT_BUG_EXCHANGE_UNCHECKED_LISTS] = "the extent lists are not range-checked and are read and written with unchecked accessors: a paravirtualised caller makes Xen access memory past its lists",
    [HT_BUG_EXCHANGE_RESUME_INDEX_UNCHECKED] = "the range check covers the lists from their start, not from nr_exchanged: a paravirtualised caller's resume index jumps past its lists into Xen's memory",
    [HT_BUG_EXCHANGE_FAIL_FREES_STOLEN] = "a chunk that fails after its input pages were stolen (its output allocation, or exchange_and_pin's pin bookkeeping) frees them instead of giving them back, when an earlier chunk of the same call completed: the guest's p2m still maps frames that are free.  Planted for the deep tier (a multi-extent exchange whose first chunk takes the last free frame below out.address_bits and whose second finds none), it is shallow: random inputs found it in both of two 300 s trials (256.9 s, 5.1 s: bench_fuzz.py --arms random --trials 2), each through exchange_and_pin's pin bookkeeping failing after a first chunk, which needs no address limit.  Its findings could not be minimised before the fuzzer handed back in-out lists as given (the written-back resume point made every finding an unminimised one)",
    [HT_BUG_PERIODIC_TIMER_OVERFLOW] = "VCPUOP_set_periodic_timer accepts a period above STIME_DELTA_MAX: once the timer has ticked, last + period overflows into the past and the timer softirq re-arms it there forever",
    [HT_BUG_VCPU_UP_UNINITIALISED] = "VCPUOP_up brings up a vcpu that was never initialised (it would run on a zeroed context)",
    [HT_BUG_XEN_VERSION_STACK_LEAK] = "extraversion, compile_info and changeset copy whole stack buffers: the bytes after each string are hypervisor stack contents",
    [HT_BUG_MULTICALL_PREEMPT_FIRST] = "do_multicall checks for preemption before its first entry too: with work always pending (host option hypercall_preempt) a batch never makes progress",
    [HT_BUG_MULTICALL_IRET_CONTINUES] = "a multicall goes on after an iret entry, running the remaining entries for a guest that is now in user mode",
    [HT_BUG_MULTICALL_REENTRY] = "a multicall entry may itself be a multicall: a list naming itself recurses until the hypervisor stack overflows",
};

const uint8_t ht_host_option_bits[HT_MAX_HOST_OPTIONS] = {
    [HT_OPT_NR_IRQS_GSI] = 8,
    [HT_OPT_TMEM] = 1,
    [HT_OPT_TMEM_COMPRESS] = 1,
    [HT_OPT_TMEM_SHARED_AUTH] = 1,
    [HT_OPT_EXCHANGE_AND_PIN] = 1,
    [HT_OPT_CREATEDOMAIN_GFNS] = 20,
    [HT_OPT_HYPERCALL_PREEMPT] = 1,
    [HT_OPT_NO_MEM_SHARING] = 1,
    [HT_OPT_NO_MEM_PAGING] = 1,
    [HT_OPT_RELEASE_BUILD] = 1,
    [HT_OPT_PVH_DOM0] = 1,
};

static const char *const profile_names[HT_NPROFILES] = {
    [HT_PROFILE_DOC] = "doc",
    [HT_PROFILE_XEN_4_2] = "xen-4.2",
    [HT_PROFILE_XEN_4_17] = "xen-4.17",
};

const char *ht_profile_name(uint32_t profile)
{
    return profile < HT_NPROFILES ? profile_names[profile] : 0;
}
