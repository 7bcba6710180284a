import Link from "next/link";

export default function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the pledge or country may not exist.</p>
      <p>
        <Link href="/">See all pledges</Link> · <Link href="/countries">Countries</Link> · <Link href="/updates">Recent updates</Link>
      </p>
    </section>
  );
}
