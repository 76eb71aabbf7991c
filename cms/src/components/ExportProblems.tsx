import type { ServerProps } from 'payload';
import { exportProblems } from '../workflow/exportProblems.ts';

/** Dashboard panel: the user's organisations' documents that the latest export left off the site. */
export async function ExportProblems({ payload, user }: ServerProps) {
  const problems = await exportProblems(payload, user ?? null);
  return (
    <section aria-labelledby="export-problems" style={{ marginBlock: '2rem' }}>
      <h2 id="export-problems">Ikke udgivet på sitet</h2>
      {problems.length === 0 ? (
        <p>Seneste eksport udgav alt det udgivne indhold fra dine organisationer.</p>
      ) : (
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.collection}/${problem.documentId}`}>
              <a href={`/admin/collections/${problem.collection}/${problem.documentId}`}>
                {problem.title || problem.documentId}
              </a>
              : {problem.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
