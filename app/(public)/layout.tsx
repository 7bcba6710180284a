import { Suspense } from "react";
import { SampleBanner } from "@/components/site/sample-banner";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <Suspense fallback={null}>
        <SampleBanner />
      </Suspense>
      {children}
    </>
  );
}
