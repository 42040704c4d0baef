// covers: pointers to struct members, container_of via offsetof and char* arithmetic, intrusive linked list, pointer to member of nested struct, pointer to array element inside struct
#include <stdio.h>
#include <stddef.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct list_head { struct list_head *next, *prev; };
struct task { int id; const char *name; struct list_head link; double prio; };

static void list_init(struct list_head *h) { h->next = h->prev = h; }
static void list_add_tail(struct list_head *h, struct list_head *n) {
    n->prev = h->prev; n->next = h; h->prev->next = n; h->prev = n;
}
static void list_del(struct list_head *n) { n->prev->next = n->next; n->next->prev = n->prev; }

struct inner { int a; int arr[4]; };
struct outer { char tag; struct inner in; long z; };

int main(void) {
    struct task tasks[5] = {{1, "init", {0}, 0.5}, {2, "load", {0}, 1.5}, {3, "run", {0}, 2.5},
                            {4, "save", {0}, 0.25}, {5, "exit", {0}, 9}};
    struct list_head head;
    list_init(&head);
    for (int i = 0; i < 5; i++) list_add_tail(&head, &tasks[i].link);
    list_del(&tasks[2].link);
    for (struct list_head *p = head.next; p != &head; p = p->next) {
        struct task *t = container_of(p, struct task, link);
        printf("%d %s %g\n", t->id, t->name, t->prio);
    }
    for (struct list_head *p = head.prev; p != &head; p = p->prev)
        printf("%d ", container_of(p, struct task, link)->id);
    printf("\n");
    struct outer o = {'x', {7, {1, 2, 3, 4}}, 99};
    int *pa = &o.in.a;
    int *elem = &o.in.arr[2];
    struct inner *ip = container_of(elem - 2, struct inner, arr);
    struct outer *op = container_of(ip, struct outer, in);
    printf("%d %d %c %ld\n", *pa, ip->a, op->tag, op->z);
    printf("%d\n", op == &o);
    long *pz = &o.z;
    *pz += 1;
    char *pt = &o.tag;
    *pt = 'y';
    printf("%c %ld\n", o.tag, o.z);
    printf("%zu %zu %zu\n", offsetof(struct outer, in), offsetof(struct outer, in.arr[3]), offsetof(struct task, link));
    return 0;
}
