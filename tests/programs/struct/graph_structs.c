// covers: self-referential graph structures with arrays of pointers, BFS with queue of struct pointers, DFS recursion with visited flags in structs, adjacency lists via malloc, topological sort
#include <stdio.h>
#include <stdlib.h>

struct vertex { int id; int visited; int dist; int nadj; struct vertex *adj[6]; };

static void connect(struct vertex *a, struct vertex *b) { a->adj[a->nadj++] = b; }

static void dfs(struct vertex *v, int *order, int *k) {
    v->visited = 1;
    for (int i = 0; i < v->nadj; i++) if (!v->adj[i]->visited) dfs(v->adj[i], order, k);
    order[(*k)++] = v->id;
}

int main(void) {
    enum { N = 8 };
    struct vertex *vs = calloc(N, sizeof *vs);
    for (int i = 0; i < N; i++) vs[i].id = i;
    int edges[][2] = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {2, 5}, {5, 6}, {4, 7}, {6, 7}, {1, 5}};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) connect(&vs[edges[i][0]], &vs[edges[i][1]]);
    struct vertex *queue[N];
    int head = 0, tail = 0;
    for (int i = 0; i < N; i++) vs[i].dist = -1;
    vs[0].dist = 0;
    queue[tail++] = &vs[0];
    while (head < tail) {
        struct vertex *u = queue[head++];
        for (int i = 0; i < u->nadj; i++) {
            struct vertex *w = u->adj[i];
            if (w->dist < 0) { w->dist = u->dist + 1; queue[tail++] = w; }
        }
    }
    for (int i = 0; i < N; i++) printf("%d:%d ", i, vs[i].dist);
    printf("\n");
    int order[N], k = 0;
    for (int i = 0; i < N; i++) if (!vs[i].visited) dfs(&vs[i], order, &k);
    printf("topo:");
    for (int i = k - 1; i >= 0; i--) printf(" %d", order[i]);
    printf("\n");
    int paths[N] = {1};
    for (int i = k - 1; i >= 0; i--) {
        struct vertex *u = &vs[order[i]];
        for (int j = 0; j < u->nadj; j++) paths[u->adj[j]->id] += paths[u->id];
    }
    printf("paths to 7: %d\n", paths[7]);
    free(vs);
    return 0;
}
