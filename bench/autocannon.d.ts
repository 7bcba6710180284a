// The parts of autocannon's API the benchmarks and the reliability load test use (the package ships no types).
declare module "autocannon" {
  type Request = { method?: string; path: string; headers?: Record<string, string> };
  type Options = {
    url: string;
    headers?: Record<string, string>;
    duration?: number;
    amount?: number;
    connections?: number;
    requests?: Request[];
    timeout?: number;
  };
  type Histogram = { average: number; p50: number; p99: number; total: number; max: number };
  type Result = {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    "3xx": number;
    "4xx": number;
    "5xx": number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
