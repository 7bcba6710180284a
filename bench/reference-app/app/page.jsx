export default function Page() {
  return (
    <main>
      <h1>Reference page</h1>
      <p>A minimal page built with the same Next.js version as the app.</p>
    </main>
  );
}
