export * from './org';
export * from './waves';
export * from './responses';
export * from './mail';
export * from './auth';
export * from './schedule';
export * from './audit';
export * from './codes';
