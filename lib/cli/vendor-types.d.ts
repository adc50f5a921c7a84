// Types for the two CLI dependencies that ship none (only what the CLI uses).
declare module 'asciichart' {
  export function plot(series: number[] | number[][], config?: {
    height?: number; min?: number; max?: number; offset?: number; padding?: string; format?: (x: number, i: number) => string; colors?: string[];
  }): string;
}
declare module 'cli-progress' {
  export class SingleBar {
    constructor(options: Record<string, unknown>, preset?: Record<string, unknown>);
    start(total: number, value: number, payload?: Record<string, unknown>): void;
    update(value: number, payload?: Record<string, unknown>): void;
    stop(): void;
  }
}
