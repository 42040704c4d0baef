// covers: inclusion of every C11 and POSIX header available on Debian 12 glibc (ndbm.h absent) plus sys/ioctl.h sys/epoll.h sys/sysinfo.h, deterministic use of constants/functions/types from each (strlen, isalpha, INT_MAX, htons, inet_pton, fnmatch, regcomp/regexec, lfind, sem_init, basename/dirname, sizeof struct stat)
/* C11 standard headers */
#include <assert.h>
#include <complex.h>
#include <ctype.h>
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <inttypes.h>
#include <iso646.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>
#include <tgmath.h>
#include <threads.h>
#include <time.h>
#include <uchar.h>
#include <wchar.h>
#include <wctype.h>
/* POSIX headers (ndbm.h is not installed on this system and is omitted) */
#include <aio.h>
#include <arpa/inet.h>
#include <cpio.h>
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <fmtmsg.h>
#include <fnmatch.h>
#include <ftw.h>
#include <glob.h>
#include <grp.h>
#include <iconv.h>
#include <langinfo.h>
#include <libgen.h>
#include <monetary.h>
#include <mqueue.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nl_types.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <regex.h>
#include <sched.h>
#include <search.h>
#include <semaphore.h>
#include <spawn.h>
#include <strings.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <syslog.h>
#include <tar.h>
#include <termios.h>
#include <ulimit.h>
#include <unistd.h>
#include <utime.h>
#include <utmpx.h>
#include <wordexp.h>
/* Linux extras */
#include <sys/ioctl.h>
#include <sys/epoll.h>
#include <sys/sysinfo.h>

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void) {
    /* C11 headers */
    assert(1 + 1 == 2);
    double complex z = 1.0 + 2.0 * I;
    printf("complex %g %g\n", creal(z), cimag(z));
    printf("ctype %d %d\n", isalpha('a') != 0, isdigit('x') != 0);
    printf("errno %d %d\n", EDOM != 0, ERANGE != EDOM);
    printf("fenv %d\n", fegetround() == FE_TONEAREST);
    printf("float %d %d\n", FLT_RADIX, DBL_MANT_DIG);
    printf("inttypes %" PRId64 " %" PRIx32 "\n", (int64_t)-5, (uint32_t)255);
    printf("iso646 %d\n", (1 and 0) or (not 0));
    printf("limits %d %d\n", INT_MAX, CHAR_BIT);
    const char *loc = setlocale(LC_ALL, "C");
    printf("locale %s\n", loc ? loc : "null");
    printf("math %g\n", floor(2.5));
    printf("setjmp %d\n", (int)(sizeof(jmp_buf) > 0));
    printf("signal %d %d\n", SIGINT, SIGTERM);
    printf("stdalign %d\n", (int)alignof(double));
    printf("stdarg %d\n", (int)(sizeof(va_list) > 0));
    atomic_int ai = 3;
    atomic_fetch_add(&ai, 4);
    printf("stdatomic %d\n", atomic_load(&ai));
    bool b = true;
    printf("stdbool %d\n", b);
    struct probe { char c; int i; };
    printf("stddef %zu\n", offsetof(struct probe, i));
    printf("stdint %d %lld\n", (int)INT8_MIN, (long long)INT64_MAX);
    printf("stdlib %d %ld\n", abs(-7), labs(-8L));
    printf("string %zu\n", strlen("headers"));
    printf("tgmath %g\n", (double)sqrt(16.0f));
    printf("threads %d %d\n", thrd_success, (int)(sizeof(mtx_t) > 0));
    printf("time %d\n", (int)sizeof(time_t));
    char16_t c16 = u'x';
    printf("uchar %d\n", (int)c16);
    printf("wchar %zu\n", wcslen(L"wide"));
    printf("wctype %d\n", iswalpha(L'a') != 0);
    /* POSIX headers */
    printf("aio %d\n", (int)(sizeof(struct aiocb) > 0));
    struct in_addr ia;
    inet_pton(AF_INET, "127.0.0.1", &ia);
    printf("arpa/inet %u %x\n", (unsigned)htons(1), ntohl(ia.s_addr));
    printf("cpio %o %s\n", C_IRUSR, MAGIC);
    printf("dirent %d\n", DT_DIR);
    printf("dlfcn %d\n", RTLD_NOW != RTLD_LAZY);
    printf("fcntl %d %d\n", O_RDONLY, O_WRONLY);
    printf("fmtmsg %d\n", MM_ERROR);
    printf("fnmatch %d %d\n", fnmatch("*.c", "prog.c", 0), fnmatch("*.c", "prog.h", 0) == FNM_NOMATCH);
    printf("ftw %d\n", FTW_F);
    printf("glob %d\n", GLOB_NOMATCH);
    printf("grp %d\n", (int)(sizeof(struct group) > 0));
    printf("iconv %d\n", (int)(sizeof(iconv_t) == sizeof(void *)));
    printf("langinfo %d\n", CODESET >= 0);
    char path1[] = "/usr/lib/libc.so", path2[] = "/usr/lib/libc.so";
    printf("libgen %s %s\n", basename(path1), dirname(path2));
    printf("monetary %d\n", (int)(sizeof(ssize_t) == 8));
    printf("mqueue %d\n", (int)(sizeof(struct mq_attr) > 0));
    printf("net/if %d\n", IFNAMSIZ);
    printf("netdb %d\n", (int)(sizeof(struct addrinfo) > 0));
    printf("netinet/in %d %d\n", IPPROTO_TCP, IPPROTO_UDP);
    printf("netinet/tcp %d\n", TCP_NODELAY);
    printf("nl_types %d\n", NL_SETD);
    printf("poll %d %d\n", POLLIN, POLLOUT);
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    printf("pthread %d\n", pthread_mutex_lock(&m) == 0 && pthread_mutex_unlock(&m) == 0);
    printf("pwd %d\n", (int)(sizeof(struct passwd) > 0));
    regex_t re;
    int rc = regcomp(&re, "^a[0-9]+b$", REG_EXTENDED | REG_NOSUB);
    printf("regex %d %d %d\n", rc, regexec(&re, "a123b", 0, NULL, 0), regexec(&re, "ab", 0, NULL, 0) == REG_NOMATCH);
    regfree(&re);
    printf("sched %d\n", SCHED_FIFO != SCHED_OTHER);
    int arr[5] = {5, 3, 9, 1, 7};
    size_t nel = 5;
    int key = 9;
    int *hit = lfind(&key, arr, &nel, sizeof arr[0], cmp_int);
    printf("search %td\n", hit ? hit - arr : -1);
    sem_t sem;
    sem_init(&sem, 0, 2);
    sem_post(&sem);
    int sv = 0;
    sem_getvalue(&sem, &sv);
    sem_destroy(&sem);
    printf("semaphore %d\n", sv);
    posix_spawnattr_t sa;
    printf("spawn %d\n", posix_spawnattr_init(&sa) == 0 && posix_spawnattr_destroy(&sa) == 0);
    printf("strings %d\n", strcasecmp("ABC", "abc"));
    printf("sys/ipc %d\n", IPC_CREAT);
    printf("sys/mman %d %d\n", PROT_READ, PROT_WRITE);
    printf("sys/msg %d\n", MSG_NOERROR != 0);
    printf("sys/resource %d\n", RLIMIT_NOFILE >= 0);
    printf("sys/select %d\n", FD_SETSIZE);
    printf("sys/sem %d\n", SEM_UNDO != 0);
    printf("sys/shm %d\n", SHM_RDONLY != 0);
    printf("sys/socket %d %d\n", AF_INET, SOCK_STREAM);
    printf("sys/stat %d %d\n", S_ISDIR(S_IFDIR), (int)(sizeof(struct stat) > 0));
    printf("sys/statvfs %d\n", (int)(sizeof(struct statvfs) > 0));
    struct timeval tv = {1, 500000};
    printf("sys/time %ld\n", (long)(tv.tv_sec * 1000000 + tv.tv_usec));
    printf("sys/times %d\n", (int)(sizeof(struct tms) > 0));
    printf("sys/types %d\n", (int)sizeof(pid_t));
    struct iovec iov = {arr, sizeof arr};
    printf("sys/uio %zu\n", iov.iov_len);
    struct sockaddr_un sun;
    printf("sys/un %zu\n", sizeof sun.sun_path);
    printf("sys/utsname %d\n", (int)(sizeof(struct utsname) > 0));
    printf("sys/wait %d %d\n", WIFEXITED(0), WEXITSTATUS(3 << 8));
    printf("syslog %d %d\n", LOG_ERR, LOG_MASK(LOG_ERR));
    printf("tar %s %d\n", TMAGIC, TMAGLEN);
    printf("termios %d\n", (int)(B9600 != B0));
    printf("ulimit %d\n", UL_GETFSIZE);
    printf("unistd %d %d\n", STDIN_FILENO, STDOUT_FILENO);
    printf("utime %d\n", (int)(sizeof(struct utimbuf) > 0));
    printf("utmpx %d\n", (int)(sizeof(struct utmpx) > 0));
    printf("wordexp %d\n", WRDE_NOCMD != 0);
    printf("sys/ioctl %d\n", FIONREAD != 0);
    printf("sys/epoll %d\n", EPOLLIN);
    printf("sys/sysinfo %d\n", (int)(sizeof(struct sysinfo) > 0));
    qsort(arr, 5, sizeof arr[0], cmp_int);
    printf("sorted %d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], arr[4]);
    return 0;
}
