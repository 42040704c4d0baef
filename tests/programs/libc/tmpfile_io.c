// covers: stdio file I/O on a tmpfile(): fprintf/fputs/fputc/fwrite, rewind/fseek/ftell (SEEK_SET/SEEK_CUR/SEEK_END), fgets/fgetc/ungetc/fread/fscanf, feof/ferror/clearerr, binary records, reading line by line, fflush, fclose
#include <stdio.h>
#include <string.h>

struct rec { int id; double value; char tag[8]; };

int main(void) {
    FILE *f = tmpfile();
    if (!f) { printf("tmpfile failed\n"); return 1; }
    for (int i = 1; i <= 5; i++) fprintf(f, "line %d: %d squared is %d\n", i, i, i * i);
    fputs("last line without number\n", f);
    fputc('X', f);
    fputc('\n', f);
    fflush(f);
    long size = ftell(f);
    printf("size %ld\n", size);
    rewind(f);
    char line[128];
    int n = 0;
    while (fgets(line, sizeof line, f)) { n++; line[strcspn(line, "\n")] = 0; printf("[%s]\n", line); }
    printf("lines %d eof %d err %d\n", n, feof(f) != 0, ferror(f) != 0);
    clearerr(f);
    printf("after clearerr eof %d\n", feof(f) != 0);
    fseek(f, 5, SEEK_SET);
    int c = fgetc(f);
    printf("char at 5: %c\n", c);
    ungetc('#', f);
    printf("after ungetc: %c\n", fgetc(f));
    fseek(f, -2, SEEK_END);
    printf("near end: %c\n", fgetc(f));
    fseek(f, 0, SEEK_SET);
    int a, b, sq;
    if (fscanf(f, "line %d: %d squared is %d", &a, &b, &sq) == 3) printf("scanned %d %d %d\n", a, b, sq);
    fseek(f, 3, SEEK_CUR);
    printf("pos %ld\n", ftell(f));
    fclose(f);
    FILE *bin = tmpfile();
    struct rec recs[3] = {{1, 1.5, "one"}, {2, -2.25, "two"}, {3, 1e10, "three"}};
    size_t w = fwrite(recs, sizeof recs[0], 3, bin);
    printf("wrote %zu\n", w);
    fseek(bin, (long)sizeof(struct rec), SEEK_SET);
    struct rec r;
    size_t rd = fread(&r, sizeof r, 1, bin);
    printf("read %zu: %d %g %s\n", rd, r.id, r.value, r.tag);
    fseek(bin, 0, SEEK_END);
    printf("bin size %ld\n", ftell(bin));
    rewind(bin);
    struct rec all[4];
    rd = fread(all, sizeof all[0], 4, bin);
    printf("read %zu eof %d last %s\n", rd, feof(bin) != 0, all[rd - 1].tag);
    fclose(bin);
    return 0;
}
