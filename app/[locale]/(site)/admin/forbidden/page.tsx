export default function ForbiddenPage() {
  return (
    <>
      <h1>Not allowed</h1>
      <p>Your role does not include this page. Ask an admin if you need access.</p>
    </>
  );
}
