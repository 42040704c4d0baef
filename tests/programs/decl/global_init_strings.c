// covers: global arrays of strings (char *[], const char *const[], char [][N]), char arrays initialized from string literals (exact size, larger, no room for NUL), strings with escapes in global initializers, 2-D char tables, string literal concatenation in initializers
#include <stdio.h>
#include <string.h>

const char *days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const char *const months[12] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
char grid[3][6] = {"abcde", "fgh", ""};
char exact[] = "exact";
char larger[12] = "pad";
char nonul[3] = "xyz";
char escapes[] = "tab\there\nnl\x41\101\\";
const char *joined = "con" "cat" "en" "ated";
static char msgs[][16] = {"first" " message", "second", [4] = "fifth"};
char *mutable_strs[] = {exact, larger};

int main(void) {
    for (int i = 0; i < 7; i++) printf("%s%c", days[i], i < 6 ? ',' : '\n');
    for (int i = 0; i < 12; i += 3) printf("%s ", months[i]);
    printf("\n");
    for (int i = 0; i < 3; i++) printf("[%s] %zu\n", grid[i], strlen(grid[i]));
    printf("%zu %zu %zu\n", sizeof exact, sizeof larger, sizeof nonul);
    for (size_t i = 0; i < sizeof larger; i++) printf("%d ", larger[i]);
    printf("\n");
    printf("%c%c%c\n", nonul[0], nonul[1], nonul[2]);
    printf("%s|%zu\n", escapes, sizeof escapes);
    printf("%s\n", joined);
    for (int i = 0; i < 5; i++) printf("%d:%s ", i, msgs[i]);
    printf("\n");
    printf("%zu\n", sizeof msgs / sizeof msgs[0]);
    mutable_strs[1][0] = 'P';
    strcat(mutable_strs[1], "ded");
    printf("%s %s\n", mutable_strs[0], larger);
    return 0;
}
