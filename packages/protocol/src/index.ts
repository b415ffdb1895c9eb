export * from './closeCodes.ts';
export * from './messageTypes.ts';
export * from './roles.ts';
export * from './schemaVersion.ts';
export * from './yNames.ts';
