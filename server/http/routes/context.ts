import type { RelayConfig } from '../../config';
import type { RateLimiter } from '../../rate-limit';
import type { AccountService } from '../../services/accounts';
import type { AttachmentService } from '../../services/attachments';
import type { CertificateService } from '../../services/certificates';
import type { DeviceService } from '../../services/devices';
import type { KeyService } from '../../services/keys';
import type { MessageService } from '../../services/messages';
import type { ProvisioningRouter } from '../../ws/provisioning';
import type { AuthHooks } from '../auth-hooks';

/** What route modules need: the services they route to, and the hooks and limits around them. */
export interface RouteContext {
  readonly config: RelayConfig;
  readonly auth: AuthHooks;
  readonly limiter: RateLimiter;
  readonly accounts: AccountService;
  readonly devices: DeviceService;
  readonly keys: KeyService;
  readonly messages: MessageService;
  readonly attachments: AttachmentService;
  readonly provisioning: ProvisioningRouter;
  readonly certificates: CertificateService;
}
