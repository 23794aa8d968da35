import Autocomplete from '@mui/material/Autocomplete'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { filterMembers } from './memberFilter'
import { memberDisplayName } from './memberName'

interface PromoteOwnerDialogProps {
  open: boolean
  organizationName: string
  members: readonly Member[]
  /** Goes on to confirm the owner role for the member chosen. */
  onChoose: (member: Member) => void
  onClose: () => void
  onExited: () => void
}

/** Picks the member to make a second owner; the role change is confirmed next. */
export function PromoteOwnerDialog({
  open,
  organizationName,
  members,
  onChoose,
  onClose,
  onExited,
}: PromoteOwnerDialogProps) {
  const { t } = useTranslation()
  const [chosen, setChosen] = useState<Member | null>(null)
  const [missing, setMissing] = useState(false)
  const candidates = members
    .filter((member) => member.role !== 'owner')
    .sort((a, b) => memberDisplayName(a).localeCompare(memberDisplayName(b)))

  return (
    <ConfirmDialog
      open={open}
      title={t('promote.title')}
      confirmLabel={t('promote.next')}
      onConfirm={() => {
        if (chosen) onChoose(chosen)
        else setMissing(true)
      }}
      onClose={onClose}
      onExited={onExited}
    >
      <Typography>
        {t('promote.intro', { organization: organizationName })}
      </Typography>
      <Autocomplete
        options={candidates}
        value={chosen}
        onChange={(_event, member) => {
          setChosen(member)
          setMissing(false)
        }}
        getOptionLabel={(member) =>
          `${memberDisplayName(member)} (${member.email})`
        }
        getOptionKey={(member) => member.id}
        filterOptions={(options, { inputValue }) =>
          filterMembers(options, { query: inputValue, role: undefined })
        }
        noOptionsText={t('promote.noMatch')}
        renderInput={(input) => (
          <TextField
            {...input}
            label={t('promote.memberLabel')}
            required
            autoFocus
            error={missing}
            helperText={missing ? t('promote.memberRequired') : ' '}
          />
        )}
      />
    </ConfirmDialog>
  )
}
