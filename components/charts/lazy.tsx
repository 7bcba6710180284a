"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

// Recharts draws in the browser only, so it loads after the page: it stays out of the first-load bundle.
export const CumulativeChart = dynamic(() => import("./cumulative-chart"), { ssr: false, loading: () => <Skeleton height="300px" /> });
export const BarsChart = dynamic(() => import("./bars-chart"), { ssr: false, loading: () => <Skeleton height="260px" /> });
