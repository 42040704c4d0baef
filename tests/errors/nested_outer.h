#ifndef NESTED_OUTER_H
#define NESTED_OUTER_H

#include "nested_inner.h"

int count_records(const record *rs, int n);

#endif
