import { InProcessMessageNotifier } from '../../../../server/services/message-notifier';
import { messageNotifierContract } from '../../../contracts/server/message-notifier.contract';

messageNotifierContract('in process', () => Promise.resolve({ notifier: new InProcessMessageNotifier(), close: () => Promise.resolve() }));
