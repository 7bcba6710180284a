// The parts of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Options = { url: string; headers?: Record<string, string>; duration?: number; amount?: number; connections?: number };
  type Histogram = { average: number; p50: number; p99: number };
  type Result = { requests: Histogram; latency: Histogram; errors: number; non2xx: number };
  export default function autocannon(options: Options): Promise<Result>;
}
