/** Every node of a Lexical value (a `{ root }` document or any node), depth first, in reading order. */
export function* lexicalNodes(value: unknown): Generator<Record<string, unknown>> {
  if (!value || typeof value !== 'object') return;
  const node = value as Record<string, unknown>;
  if (node.root) {
    yield* lexicalNodes(node.root);
    return;
  }
  yield node;
  if (Array.isArray(node.children)) for (const child of node.children) yield* lexicalNodes(child);
}
