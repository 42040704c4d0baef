#include "fuzz_common.h"
