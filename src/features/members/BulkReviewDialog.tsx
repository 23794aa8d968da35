import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { BulkChangeTable } from './BulkChangeTable'
import {
  bulkConfirmationText,
  planBulk,
  type BulkAction,
  type BulkPlan,
} from './bulkPlan'
import { MutationError } from './MutationError'
import { StaleChangeAlert } from './StaleChangeAlert'
import { confirmationTextOf, useTypedConfirmation } from './typedConfirmation'
import { TypedConfirmationField } from './TypedConfirmationField'
import { useBulkWrite, type BulkOutcome } from './useBulkWrite'
import type { OrganizationRef } from './useMemberWrite'
import { BulkResultSummary } from './BulkResultSummary'

interface BulkReviewDialogProps {
  open: boolean
  organization: OrganizationRef
  /** The members as the table has them. */
  members: readonly Member[]
  selectedIds: ReadonlySet<string>
  action: BulkAction
  /** Called once the batch ran, with the members whose write succeeded. */
  onFinished: (doneIds: string[]) => void
  onClose: () => void
  onExited: () => void
}

type StaleOutcome = Extract<BulkOutcome, { kind: 'stale' }>

/**
 * Shows every change of a batch and the owners that will remain, blocks
 * a batch that leaves none, then sends it and lists each row's result.
 */
export function BulkReviewDialog({
  open,
  organization,
  members,
  selectedIds,
  action,
  onFinished,
  onClose,
  onExited,
}: BulkReviewDialogProps) {
  const { t } = useTranslation()
  const bulk = useBulkWrite(organization)
  // The review shows the members as they were when it opened; a fresh
  // read replaces them only once the user has seen what changed.
  const [loaded] = useState(members)
  const [fresh, setFresh] = useState<StaleOutcome | null>(null)
  const [sent, setSent] = useState<BulkPlan | null>(null)
  const plan =
    sent ?? planBulk(fresh?.list.members ?? loaded, selectedIds, action)
  const confirmation = useTypedConfirmation(
    bulkConfirmationText(plan, organization.name, confirmationTextOf),
  )
  const finished = bulk.results !== null && !bulk.isPending
  const blocked = plan.ownersAfter === 0 || plan.changes.length === 0

  const confirm = () => {
    if (finished || !confirmation.confirm()) return
    setSent(plan)
    bulk.mutate(
      { plan, base: fresh?.list },
      {
        onSuccess: (outcome) => {
          if (outcome.kind === 'stale') {
            setSent(null)
            setFresh(outcome)
          } else {
            onFinished(outcome.doneIds)
          }
        },
        onError: () => setSent(null),
      },
    )
  }

  const title =
    action.kind === 'remove'
      ? t('bulk.removeTitle', { count: plan.changes.length })
      : t('bulk.roleTitle', {
          count: plan.changes.length,
          role: t(`roles.${action.role}`),
        })

  return (
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={
        fresh
          ? t('bulk.confirmAnyway')
          : t(
              action.kind === 'remove' ? 'bulk.confirmRemove' : 'bulk.confirm',
              {
                count: plan.changes.length,
              },
            )
      }
      confirmColor={action.kind === 'remove' ? 'error' : 'primary'}
      pending={bulk.isPending}
      confirmDisabled={blocked}
      onConfirm={confirm}
      onClose={onClose}
      onExited={onExited}
      maxWidth="sm"
      actions={
        finished ? (
          <Button variant="contained" onClick={onClose}>
            {t('bulk.close')}
          </Button>
        ) : undefined
      }
    >
      {fresh && (
        <Alert severity="warning" role="alert">
          {t('bulk.staleIntro')}
        </Alert>
      )}
      {fresh?.changes.map((change) => (
        <StaleChangeAlert key={change.member.id} change={change} />
      ))}
      <MutationError error={bulk.error} />
      {bulk.results ? (
        <BulkResultSummary results={bulk.results} />
      ) : (
        <BulkPlanSummary plan={plan} />
      )}
      <BulkChangeTable
        label={t('bulk.tableLabel')}
        rows={bulk.results ?? plan.changes}
      />
      {!bulk.results && !blocked && (
        <TypedConfirmationField
          autoFocus
          confirmation={confirmation}
          reason={t(
            plan.ownerChanges.length > 1
              ? 'confirmation.bulkOwnerReason'
              : 'confirmation.ownerReason',
          )}
        />
      )}
    </ConfirmDialog>
  )
}

function BulkPlanSummary({ plan }: { plan: BulkPlan }) {
  const { t } = useTranslation()
  return (
    <>
      <Typography>
        {t('bulk.owners', {
          after: plan.ownersAfter,
          before: plan.ownersBefore,
        })}
      </Typography>
      {plan.ownersAfter === 0 && (
        <Alert severity="error">{t('bulk.noOwnerLeft')}</Alert>
      )}
      {plan.unchanged.length > 0 && (
        <Typography color="text.secondary">
          {t('bulk.unchanged', { count: plan.unchanged.length })}
        </Typography>
      )}
      {plan.changes.length === 0 && (
        <Alert severity="info">{t('bulk.nothingToDo')}</Alert>
      )}
    </>
  )
}
