import { notFound } from "next/navigation";

// Any other path under a language: the site's own 404 page (./not-found.tsx), in that language.
export default function UnknownPage() {
  notFound();
}
