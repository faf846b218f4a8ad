export declare function generatedFiles(): Record<string, string>;
