/** The relay's HTTP/WebSocket contract, for the relay and its clients. */
export * from './constants';
export * from './ids';
export * from './schemas';
export * from './certificates';
export * from './device-removal';
