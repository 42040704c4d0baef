// expect: 8: conversion to non-scalar type requested
#include <stdio.h>

struct wrapper { int v; };

int main(void) {
    int raw = 5;
    struct wrapper w = (struct wrapper)raw;
    printf("%d\n", w.v);
    return 0;
}
