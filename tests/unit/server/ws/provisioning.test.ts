import pino from 'pino';
import { ProvisioningHub } from '../../../../server/ws/provisioning';
import { provisioningRouterContract } from '../../../contracts/server/provisioning-router.contract';

provisioningRouterContract('in process', (idleMs) => new ProvisioningHub({ idleMs, logger: pino({ level: 'silent' }) }));
