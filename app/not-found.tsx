
export default function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the pledge or country may not exist.</p>
      <p>
        <a href="/">See all pledges</a> · <a href="/countries">Countries</a> · <a href="/updates">Recent updates</a>
      </p>
    </section>
  );
}
