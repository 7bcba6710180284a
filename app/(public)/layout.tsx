import { Suspense } from "react";
import { AsOfBar } from "@/components/as-of/as-of-bar";
import { SampleBanner } from "@/components/site/sample-banner";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <Suspense fallback={null}>
        <SampleBanner />
      </Suspense>
      <Suspense fallback={null}>
        <AsOfBar />
      </Suspense>
      {children}
    </>
  );
}
