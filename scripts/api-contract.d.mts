export declare const SCHEMA_FILE: string;
export declare function readOpenApiDocument(): Record<string, unknown>;
export declare function renderSchema(document: Record<string, unknown>): Promise<string>;
export declare function generateSchema(): Promise<string>;
export declare function staleness(committed: string, fresh: string): string | null;
export declare function staleSchemaReason(): Promise<string | null>;
