import { AsOfBar } from "@/components/as-of/as-of-bar";
import { SampleBanner } from "@/components/site/sample-banner";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SampleBanner />
      <AsOfBar />
      {children}
    </>
  );
}
