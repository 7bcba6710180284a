export type HeadingLevel = 2 | 3;

/** A section heading whose level follows where the section sits (a pledge page's h2 sections, or an embed's h1). */
export function Heading({ level = 3, children }: { level?: HeadingLevel; children: React.ReactNode }) {
  return level === 2 ? <h2>{children}</h2> : <h3>{children}</h3>;
}
