/**
 * The live device sockets, at most one per device: a second connection displaces the
 * first (close 4409), and removing a device closes its socket (4401).
 */
import { RelayCloseCodes } from '../../shared/relay-api';
import type { AuthenticatedDevice } from '../auth/authenticator';
import type { DeviceSessions } from '../services/devices';
import type { Connection } from './connection';

function key(device: AuthenticatedDevice): string {
  return `${device.accountId}.${String(device.deviceId)}`;
}

export class DeviceConnectionRegistry implements DeviceSessions {
  private readonly connections = new Map<string, Connection>();

  /** Makes `connection` the device's socket, displacing any earlier one. */
  register(device: AuthenticatedDevice, connection: Connection): void {
    const id = key(device);
    const previous = this.connections.get(id);
    this.connections.set(id, connection);
    connection.onClose(() => {
      if (this.connections.get(id) === connection) this.connections.delete(id);
    });
    previous?.close(RelayCloseCodes.displaced, 'connected elsewhere');
  }

  disconnect(device: AuthenticatedDevice, reason: 'removed'): void {
    const connection = this.connections.get(key(device));
    if (connection === undefined) return;
    this.connections.delete(key(device));
    connection.close(RelayCloseCodes.deviceRemoved, `device ${reason}`);
  }

  isConnected(device: AuthenticatedDevice): boolean {
    return this.connections.has(key(device));
  }

  get size(): number {
    return this.connections.size;
  }

  /** Closes every socket and resolves when all are closed. */
  async closeAll(code: number, reason: string): Promise<void> {
    const all = [...this.connections.values()];
    this.connections.clear();
    for (const connection of all) connection.close(code, reason);
    await Promise.all(all.map((connection) => connection.whenClosed()));
  }
}
