import { listPledges } from "@/lib/pledges/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const pledges = await listPledges();
  return (
    <>
      <h1>Pledges</h1>
      {pledges.length === 0 ? (
        <p>No pledges yet. Run <code>npm run db:seed</code> to load them.</p>
      ) : (
        <ul className="cards">
          {pledges.map((p) => (
            <li key={p.slug} className="card" data-testid={`pledge-${p.slug}`}>
              <h2>{p.title}</h2>
              <p>{p.summary}</p>
              <p>
                Target: <strong>{p.target.toLocaleString("en")}</strong> {p.unit}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
